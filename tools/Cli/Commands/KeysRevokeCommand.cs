using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway keys revoke &lt;id&gt;</c> (an admin key): refused everywhere within seconds.</summary>
public sealed class KeysRevokeCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<IdSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, IdSettings settings, CancellationToken cancellationToken)
    {
        await client.Api.RevokeKeyAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, new { id = settings.Id, revoked = true });
        }
        else
        {
            Console.MarkupLineInterpolated($"Key [bold]{settings.Id}[/] revoked.");
        }

        return ExitCodes.Completed;
    }
}
