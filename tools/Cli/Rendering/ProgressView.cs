using GenerationGateway.Cli.Api;
using Spectre.Console;

namespace GenerationGateway.Cli.Rendering;

/// <summary>
/// Follows a generation's event stream to its end: a live progress bar (stage, percent, the vendor's ETA) on a terminal,
/// nothing but the final generation with <c>--output json</c>. Answers the generation as it ended.
/// </summary>
public static class ProgressView
{
    public static async Task<Generation> FollowAsync(
        IAnsiConsole console, IGatewayApi api, Guid id, TimeSpan notFoundGrace, bool json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        Generation? final = null;
        if (json)
        {
            await foreach (var next in GenerationEventFeed.FollowAsync(api, id, notFoundGrace, cancellationToken).ConfigureAwait(false))
            {
                final = next.Final ?? final;
            }
        }
        else if (!console.Profile.Capabilities.Interactive)
        {
            // Not a terminal (a pipe, a CI log): one line per change of stage or percent instead of a redrawn bar.
            var last = "";
            await foreach (var next in GenerationEventFeed.FollowAsync(api, id, notFoundGrace, cancellationToken).ConfigureAwait(false))
            {
                var line = next.Progress is { } progress
                    ? Line(id, progress.Vendor, progress.Stage ?? progress.Status, progress.Percent, Detail(progress))
                    : Line(id, next.Final!.Vendor, next.Final.Status, next.Final.Progress, null);
                if (line != last)
                {
                    console.WriteLine(line);
                    last = line;
                }

                final = next.Final ?? final;
            }
        }
        else
        {
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape($"{id:N}"[..8] + " waiting"), maxValue: 100);
                    await foreach (var next in GenerationEventFeed.FollowAsync(api, id, notFoundGrace, cancellationToken).ConfigureAwait(false))
                    {
                        if (next.Progress is { } progress)
                        {
                            task.Value = Math.Max(task.Value, progress.Percent);
                            task.Description = Describe(id, progress.Vendor, progress.Stage ?? progress.Status, Detail(progress));
                        }

                        if (next.Final is { } ended)
                        {
                            final = ended;
                            task.Value = Math.Max(task.Value, ended.Progress);
                            task.Description = Describe(id, ended.Vendor, ended.Status, null);
                            task.StopTask();
                        }
                    }
                }).ConfigureAwait(false);
        }

        return final ?? throw new HttpRequestException($"The event stream of generation {id} ended without its final state.");
    }

    /// <summary>After the bar: the outcome, the failure reason, the asset list.</summary>
    public static void WriteOutcome(IAnsiConsole console, Generation generation)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(generation);
        GenerationView.Write(console, generation);
    }

    /// <summary>What follows the stage: the queue place while queued, else the vendor's ETA where there is one.</summary>
    static string? Detail(GenerationProgress progress) =>
        progress.Queue is { } queue ? QueueText.Of(queue)
        : progress.EtaSeconds is { } seconds ? $"eta {seconds} s"
        : null;

    static string Line(Guid id, string vendor, string stage, int percent, string? detail) =>
        $"{id:N}"[..8] + $" {vendor} {stage} {percent}%" + (detail is null ? "" : $" · {detail}");

    static string Describe(Guid id, string vendor, string stage, string? detail)
    {
        var more = detail is null ? "" : $" · {detail}";
        return $"[bold]{Markup.Escape($"{id:N}"[..8])}[/] {Markup.Escape(vendor)} [blue]{Markup.Escape(stage)}[/]{Markup.Escape(more)}";
    }
}
