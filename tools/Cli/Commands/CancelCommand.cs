using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway cancel &lt;id&gt;</c>: asks the workflow to cancel (202); <c>gateway watch</c> shows when it has.</summary>
public sealed class CancelCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<CancelSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, CancelSettings settings, CancellationToken cancellationToken)
    {
        await client.Api.CancelAsync(settings.Id, settings.Reason, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, new { generationId = settings.Id, cancelRequested = true });
        }
        else
        {
            Console.MarkupLineInterpolated($"Cancellation of [bold]{settings.Id}[/] requested; [grey]gateway watch {settings.Id}[/] shows when it ends.");
        }

        return ExitCodes.Completed;
    }
}
