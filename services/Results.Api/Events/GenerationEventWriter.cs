using System.Globalization;
using System.Text;
using System.Text.Json;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Events;

/// <summary>
/// Writes the event feed as Server-Sent Events: <c>accepted</c>, <c>progress</c>, then one of <c>completed</c>,
/// <c>failed</c>, <c>cancelled</c> (the generation as <c>GET</c> returns it, assets included). Every event's <c>id:</c> is
/// its feed sequence, so <c>Last-Event-ID</c> resumes exactly after it. A comment keeps an idle stream open.
/// </summary>
public sealed class GenerationEventWriter(
    IGenerationStore store, TenantView view, IOptions<GenerationEventsOptions> options, IOptions<JsonOptions> json, TimeProvider clock)
{
    public const string ContentType = "text/event-stream";

    public const string LastEventIdHeader = "Last-Event-ID";

    /// <summary>Sends the feed after <paramref name="query"/>'s sequence until the client leaves (or, with <paramref name="untilTerminal"/>, the generation ends).</summary>
    public async Task FollowAsync(HttpResponse response, GenerationFeedQuery query, bool untilTerminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(query);
        await StartAsync(response, cancellationToken);
        var after = query.AfterSequence;
        var nextKeepAlive = clock.GetUtcNow() + options.Value.KeepAliveInterval;
        while (!cancellationToken.IsCancellationRequested)
        {
            var entries = await store.ReadFeedAsync(query with { AfterSequence = after }, cancellationToken);
            foreach (var entry in entries)
            {
                after = entry.Sequence;
                if (entry.Status == GenerationStatus.Requested && entry.Stage is null)
                {
                    continue; // recorded, nothing started yet: no event
                }

                if (await WriteAsync(response, entry, cancellationToken) && untilTerminal)
                {
                    return;
                }
            }

            if (entries.Count > 0)
            {
                nextKeepAlive = clock.GetUtcNow() + options.Value.KeepAliveInterval;
                if (entries.Count == query.Limit)
                {
                    continue;
                }
            }

            await WaitAsync(nextKeepAlive, cancellationToken);
            if (clock.GetUtcNow() >= nextKeepAlive)
            {
                await response.WriteAsync(": keep-alive\n\n", cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                nextKeepAlive = clock.GetUtcNow() + options.Value.KeepAliveInterval;
            }
        }
    }

    /// <summary>A finished generation: its final state as one event (id: its last feed entry), then the stream ends.</summary>
    public async Task FinalAsync(HttpResponse response, GenerationRecord record, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(record);
        var entries = await store.ReadFeedAsync(new GenerationFeedQuery { TenantId = tenantId, GenerationId = record.Id, Limit = int.MaxValue }, cancellationToken);
        await StartAsync(response, cancellationToken);
        await WriteEventAsync(response, entries.Count > 0 ? entries[^1].Sequence : 0, EventName(record.Status), view.Of(record), cancellationToken);
    }

    static async Task StartAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>Writes one entry; true when it was the generation's terminal event.</summary>
    async Task<bool> WriteAsync(HttpResponse response, GenerationFeedEntry entry, CancellationToken cancellationToken)
    {
        if (!IsTerminal(entry.Status))
        {
            await WriteEventAsync(response, entry.Sequence, EventName(entry.Status), GenerationProgressView.Of(entry), cancellationToken);
            return false;
        }

        var record = await store.FindAsync(entry.GenerationId, cancellationToken)
            ?? throw new InvalidOperationException($"Generation {entry.GenerationId} is in the feed but not stored.");
        await WriteEventAsync(response, entry.Sequence, EventName(entry.Status), view.Of(record), cancellationToken);
        return true;
    }

    async Task WriteEventAsync<T>(HttpResponse response, long id, string name, T data, CancellationToken cancellationToken)
    {
        var text = new StringBuilder()
            .Append("id: ").Append(id.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("event: ").Append(name).Append('\n')
            .Append("data: ").Append(JsonSerializer.Serialize(data, json.Value.SerializerOptions)).Append("\n\n")
            .ToString();
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    async Task WaitAsync(DateTimeOffset nextKeepAlive, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poll = Task.Delay(options.Value.PollInterval, TimeProvider.System, done.Token);
        var keepAlive = Task.Delay(Max(nextKeepAlive - clock.GetUtcNow(), TimeSpan.Zero), clock, done.Token);
        await Task.WhenAny(poll, keepAlive);
        await done.CancelAsync();
    }

    static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;

    public static bool IsTerminal(GenerationStatus status) =>
        status is GenerationStatus.Completed or GenerationStatus.Failed or GenerationStatus.Cancelled;

    static string EventName(GenerationStatus status) => status switch
    {
        GenerationStatus.Accepted => "accepted",
        GenerationStatus.Completed => "completed",
        GenerationStatus.Failed => "failed",
        GenerationStatus.Cancelled => "cancelled",
        _ => "progress",
    };
}
