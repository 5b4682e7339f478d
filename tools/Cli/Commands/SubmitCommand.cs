using GenerationGateway.Cli.Api;
using GenerationGateway.Cli.Rendering;
using Spectre.Console;

namespace GenerationGateway.Cli.Commands;

/// <summary>
/// <c>gateway submit</c>: posts the generation and prints its id; with <c>--wait</c> follows it with a progress bar to the
/// end, prints its assets, and exits <see cref="ExitCodes.Completed"/>, <see cref="ExitCodes.Failed"/> or <see cref="ExitCodes.Cancelled"/>.
/// </summary>
public sealed class SubmitCommand(IAnsiConsole console, GatewayClientFactory clients) : GatewayCommand<SubmitSettings>(console, clients)
{
    protected override async Task<int> RunAsync(GatewayClient client, SubmitSettings settings, CancellationToken cancellationToken)
    {
        var accepted = await client.Api.SubmitAsync(SubmitRequestBuilder.Build(settings), settings.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        if (!settings.Wait)
        {
            if (settings.Json)
            {
                JsonOutput.Write(Console, accepted);
            }
            else
            {
                Console.MarkupLineInterpolated($"Submitted [bold]{accepted.GenerationId}[/]; [grey]gateway watch {accepted.GenerationId}[/] follows it.");
            }

            return ExitCodes.Completed;
        }

        if (!settings.Json)
        {
            Console.MarkupLineInterpolated($"Submitted [bold]{accepted.GenerationId}[/]");
        }

        var ended = await ProgressView.FollowAsync(Console, client.Api, accepted.GenerationId, GenerationEventFeed.JustSubmittedGrace, settings.Json, cancellationToken).ConfigureAwait(false);
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
