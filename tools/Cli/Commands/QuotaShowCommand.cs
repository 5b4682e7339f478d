using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway quota show --tenant T</c> (an admin key): the tenant's limits in force, its own values and what it has in flight.</summary>
public sealed class QuotaShowCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<QuotaSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, QuotaSettings settings, CancellationToken cancellationToken)
    {
        var quota = await client.Api.GetQuotaAsync(settings.Tenant!.Trim(), cancellationToken).ConfigureAwait(false);
        QuotaView.Write(Console, quota, settings.Json);
        return ExitCodes.Completed;
    }
}
