namespace GenerationGateway.Results.Api.Events;

/// <summary>The event feed's SQL (table <c>results.generation_events</c>, migrations 0003 and 0004).</summary>
public static class GenerationFeedSql
{
    /// <summary>Held to the end of the writing transaction: feed rows commit in sequence order.</summary>
    public const string LockFeed = "SELECT pg_advisory_xact_lock(7346410251)";

    /// <summary>Appends the generation's state after the change, unless the feed's last entry for it already shows exactly that.</summary>
    public const string Append = """
        INSERT INTO results.generation_events (generation_id, status, stage, progress, occurred_at, queue_position, queue_estimate_seconds)
        SELECT g.id, g.status, g.stage, g.progress, @now, g.queue_position, g.queue_estimate_seconds
        FROM results.generations g
        WHERE g.id = @id AND NOT EXISTS (
            SELECT 1 FROM (
                SELECT e.status, e.stage, e.progress, e.queue_position, e.queue_estimate_seconds FROM results.generation_events e
                WHERE e.generation_id = g.id ORDER BY e.sequence DESC LIMIT 1) last
            WHERE last.status = g.status AND last.stage IS NOT DISTINCT FROM g.stage AND last.progress = g.progress
              AND last.queue_position IS NOT DISTINCT FROM g.queue_position
              AND last.queue_estimate_seconds IS NOT DISTINCT FROM g.queue_estimate_seconds)
        """;

    public const string Read = """
        SELECT e.sequence, e.generation_id, g.tenant_id, g.vendor, e.status, e.stage, e.progress, e.occurred_at, g.created_at,
               e.queue_position, e.queue_estimate_seconds
        FROM results.generation_events e JOIN results.generations g ON g.id = e.generation_id
        WHERE e.sequence > @after AND g.tenant_id = @tenant_id
          AND (@generation_id::uuid IS NULL OR e.generation_id = @generation_id)
          AND (@vendor::text IS NULL OR g.vendor = @vendor)
          AND (@status::text IS NULL OR e.status = @status)
        ORDER BY e.sequence
        LIMIT @limit
        """;

    public const string Latest = "SELECT coalesce(max(sequence), 0) FROM results.generation_events";
}
