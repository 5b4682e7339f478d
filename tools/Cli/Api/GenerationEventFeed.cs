using System.Net;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Refit;

namespace GenerationGateway.Cli.Api;

/// <summary>
/// Follows <c>GET /v1/generations/{id}/events</c> to the generation's terminal event, reconnecting with
/// <c>Last-Event-ID</c> when the connection drops. A generation submitted a moment ago may not be readable yet (results
/// records it from the bus): its 404 is retried for <c>notFoundGrace</c>.
/// </summary>
public static class GenerationEventFeed
{
    /// <summary>How long <c>submit --wait</c> waits for the generation it submitted to be recorded.</summary>
    public static readonly TimeSpan JustSubmittedGrace = TimeSpan.FromSeconds(30);

    /// <summary>How long <c>watch</c> waits for an id it does not find (one submitted a moment ago).</summary>
    public static readonly TimeSpan WatchGrace = TimeSpan.FromSeconds(5);

    const int MaxReconnects = 5;
    static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    public static async IAsyncEnumerable<GenerationEvent> FollowAsync(
        IGatewayApi api, Guid id, TimeSpan notFoundGrace, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        string? lastEventId = null;
        var reconnects = 0;
        var notFoundUntil = DateTimeOffset.UtcNow + notFoundGrace;
        while (true)
        {
            Stream stream;
            try
            {
                stream = await api.EventsAsync(id, lastEventId, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound && DateTimeOffset.UtcNow < notFoundUntil)
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (ApiRequestException exception) when (exception.InnerException is HttpRequestException && lastEventId is not null && ++reconnects <= MaxReconnects)
            {
                await Task.Delay(RetryDelay * reconnects, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await using (stream.ConfigureAwait(false))
            {
                var reader = SseParser.Create(stream).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using (reader.ConfigureAwait(false))
                {
                    while (true)
                    {
                        SseItem<string> item;
                        try
                        {
                            if (!await reader.MoveNextAsync().ConfigureAwait(false))
                            {
                                break;
                            }

                            item = reader.Current;
                        }
                        catch (Exception exception) when (exception is IOException or HttpRequestException && lastEventId is not null && !cancellationToken.IsCancellationRequested)
                        {
                            break; // dropped: reconnect below, resuming after the last event
                        }

                        lastEventId = item.EventId ?? lastEventId;
                        if (Parse(item) is not { } parsed)
                        {
                            continue;
                        }

                        reconnects = 0;
                        yield return parsed;
                        if (parsed.IsTerminal)
                        {
                            yield break;
                        }
                    }
                }
            }

            if (++reconnects > MaxReconnects)
            {
                throw new HttpRequestException($"The event stream of generation {id} kept closing before the generation ended.");
            }

            await Task.Delay(RetryDelay * reconnects, cancellationToken).ConfigureAwait(false);
        }
    }

    static GenerationEvent? Parse(SseItem<string> item) => item.EventType switch
    {
        "completed" or "failed" or "cancelled" => new GenerationEvent
        {
            Name = item.EventType,
            Final = JsonSerializer.Deserialize<Generation>(item.Data, GatewayClient.Json),
        },
        "accepted" or "progress" => new GenerationEvent
        {
            Name = item.EventType,
            Progress = JsonSerializer.Deserialize<GenerationProgress>(item.Data, GatewayClient.Json),
        },
        _ => null,
    };
}
