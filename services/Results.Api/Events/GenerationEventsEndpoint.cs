using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;

using GenerationGateway.ServiceDefaults;

namespace GenerationGateway.Results.Api.Events;

/// <summary>
/// <c>GET /v1/generations/{id}/events</c> (one generation until it ends) and <c>GET /v1/events?vendor=&amp;status=</c> (every
/// generation of the key's tenant), as <c>text/event-stream</c>; <c>Last-Event-ID</c> resumes after that event.
/// </summary>
public static class GenerationEventsEndpoint
{
    public static async Task<IResult> GenerationAsync(
        Guid id, HttpContext context, IGenerationStore store, GenerationEventWriter stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stream);
        var tenantId = context.User.TenantId();
        if (await store.FindAsync(id, cancellationToken) is not { } record || record.TenantId != tenantId || tenantId is null)
        {
            return GetGenerationEndpoint.NotFound(id);
        }

        if (!TryLastEventId(context.Request, out var after))
        {
            return InvalidLastEventId();
        }

        return await RunAsync(async () =>
        {
            if (after is null && GenerationEventWriter.IsTerminal(record.Status))
            {
                await stream.FinalAsync(context.Response, record, tenantId, cancellationToken);
                return;
            }

            var query = new GenerationFeedQuery { TenantId = tenantId, GenerationId = id, AfterSequence = after ?? 0 };
            await stream.FollowAsync(context.Response, query, untilTerminal: true, cancellationToken);
        }, cancellationToken);
    }

    public static async Task<IResult> TenantAsync(
        string? vendor, string? status, HttpContext context, IGenerationStore store, GenerationEventWriter stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stream);
        GenerationStatus? statusFilter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!WireNames.TryParse<GenerationStatus>(status, out var parsed))
            {
                var known = string.Join(", ", Enum.GetValues<GenerationStatus>().Select(WireNames.Of));
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"'{status}' is not a status; use one of {known}."] });
            }

            statusFilter = parsed;
        }

        if (!TryLastEventId(context.Request, out var after))
        {
            return InvalidLastEventId();
        }

        var query = new GenerationFeedQuery
        {
            TenantId = context.User.TenantId()!,
            Vendor = string.IsNullOrEmpty(vendor) ? null : vendor,
            Status = statusFilter,
            AfterSequence = after ?? await store.LatestSequenceAsync(cancellationToken),
        };
        return await RunAsync(() => stream.FollowAsync(context.Response, query, untilTerminal: false, cancellationToken), cancellationToken);
    }

    /// <summary>Streams, and ends quietly when the client goes away.</summary>
    static async Task<IResult> RunAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await write();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        return TypedResults.Empty;
    }

    static bool TryLastEventId(HttpRequest request, out long? after)
    {
        after = null;
        var value = request.Headers[GenerationEventWriter.LastEventIdHeader].ToString();
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            after = sequence;
            return true;
        }

        return false;
    }

    static ProblemHttpResult InvalidLastEventId() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Last-Event-ID is not an event id of this stream.",
        detail: "Send back the id: of the last event received (a whole number), or no Last-Event-ID to start afresh.",
        extensions: new Dictionary<string, object?> { ["field"] = GenerationEventWriter.LastEventIdHeader });
}
