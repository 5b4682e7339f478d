using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary><c>gateway get &lt;id&gt;</c>: the generation as it is now (exit 0 whatever its status).</summary>
public sealed class GetCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<GenerationIdSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, GenerationIdSettings settings, CancellationToken cancellationToken)
    {
        var generation = await client.Api.GetAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, generation);
        }
        else
        {
            GenerationView.Write(Console, generation);
        }

        return ExitCodes.Completed;
    }
}
