using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// <c>gateway quota set --tenant T [--requests-per-second N] [--max-in-flight N] [--max-in-flight-per-vendor N]
/// [--fair-share-weight N]</c> (an admin key). The API's <c>PUT</c> replaces all four limits, so the command reads the tenant's
/// current values first and sends them back with the given ones changed: a limit left out keeps its value.
/// </summary>
public sealed class QuotaSetCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<QuotaSetSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, QuotaSetSettings settings, CancellationToken cancellationToken)
    {
        var tenant = settings.Tenant!.Trim();
        var current = await client.Api.GetQuotaAsync(tenant, cancellationToken).ConfigureAwait(false);
        var quota = await client.Api.SetQuotaAsync(tenant, settings.ApplyTo(current.Override), cancellationToken).ConfigureAwait(false);
        QuotaView.Write(Console, quota, settings.Json);
        return ExitCodes.Completed;
    }
}
