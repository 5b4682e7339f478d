using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// <c>gateway watch &lt;id&gt;</c>: a progress bar fed by the generation's Server-Sent Events until it ends; exits
/// <see cref="ExitCodes.Completed"/>, <see cref="ExitCodes.Failed"/> or <see cref="ExitCodes.Cancelled"/>.
/// </summary>
public sealed class WatchCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<GenerationIdSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, GenerationIdSettings settings, CancellationToken cancellationToken)
    {
        var ended = await ProgressView.FollowAsync(Console, client.Api, settings.Id, GenerationEventFeed.WatchGrace, settings.Json, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            JsonOutput.Write(Console, ended);
        }
        else
        {
            ProgressView.WriteOutcome(Console, ended);
        }

        return ExitCodes.Of(ended.Status);
    }
}
