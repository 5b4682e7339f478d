namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// The record rules in SQL. Each statement runs in the event's transaction; the upsert's row lock serializes
/// concurrent changes to one generation, so the guards hold across consumers and replicas.
/// </summary>
static class GenerationSql
{
    const string Terminal = "('completed', 'failed', 'cancelled')";
    const string Ranked = "ARRAY['requested', 'accepted', 'processing']";
    const string Stages = "ARRAY['preparing', 'queued', 'submitting', 'processing', 'collecting']";

    /// <summary>The change was sent no earlier than the latest stage-bearing change applied (a late report must not move the queue back).</summary>
    const string InOrder = "(g.stage_reported_at IS NULL OR @occurred_at >= g.stage_reported_at)";

    /// <summary>
    /// The stage after the change: only forward, except that a submit which found the vendor full moves back from submitting to
    /// queued (when reported in order).
    /// </summary>
    const string NextStage = $"""
        CASE
            WHEN g.status IN {Terminal} OR @stage IS NULL THEN g.stage
            WHEN g.stage IS NULL OR array_position({Stages}, @stage) >= array_position({Stages}, g.stage) THEN @stage
            WHEN @stage = 'queued' AND g.stage = 'submitting' AND {InOrder} THEN @stage
            ELSE g.stage END
        """;

    public const string RecordMessage = """
        INSERT INTO results.inbox (message_id, generation_id, processed_at)
        VALUES (@message_id, @id, @now)
        ON CONFLICT (message_id) DO NOTHING
        """;

    /// <summary>Returns whether this change set the terminal status (and so owns the terminal fields and assets), and the status.</summary>
    public const string Upsert = $"""
        INSERT INTO results.generations AS g (
            id, tenant_id, client_reference, vendor, kind, status, stage, progress, vendor_job_id, cancel_requested,
            failure_reason, failure_retryable, failure_vendor_code, failure_vendor_message,
            cancellation_vendor_job_stopped, cancellation_note, usage, partial_note, request,
            terminal_change_id, created_at, updated_at, completed_at, trace_id,
            queue_position, queue_estimate_seconds, stage_reported_at)
        VALUES (
            @id, @tenant_id, @client_reference, @vendor, @kind, COALESCE(@status, 'requested'), @stage, COALESCE(@progress, 0),
            @vendor_job_id, @cancel_requested,
            @failure_reason, @failure_retryable, @failure_vendor_code, @failure_vendor_message,
            @cancellation_vendor_job_stopped, @cancellation_note, @usage, @partial_note, @request,
            CASE WHEN @status IN {Terminal} THEN @change_id END, @occurred_at, @now,
            CASE WHEN @status IN {Terminal} THEN @occurred_at END, @trace_id,
            CASE WHEN @stage = 'queued' AND NOT COALESCE(@status IN {Terminal}, false) THEN @queue_position END,
            CASE WHEN @stage = 'queued' AND NOT COALESCE(@status IN {Terminal}, false) THEN @queue_estimate_seconds END,
            CASE WHEN @stage IS NOT NULL THEN @occurred_at END)
        ON CONFLICT (id) DO UPDATE SET
            tenant_id = COALESCE(g.tenant_id, EXCLUDED.tenant_id),
            client_reference = COALESCE(g.client_reference, EXCLUDED.client_reference),
            kind = COALESCE(g.kind, EXCLUDED.kind),
            request = COALESCE(g.request, EXCLUDED.request),
            trace_id = COALESCE(g.trace_id, EXCLUDED.trace_id),
            vendor_job_id = COALESCE(g.vendor_job_id, EXCLUDED.vendor_job_id),
            cancel_requested = g.cancel_requested OR EXCLUDED.cancel_requested,
            status = CASE
                WHEN g.status IN {Terminal} OR @status IS NULL THEN g.status
                WHEN @status IN {Terminal} THEN @status
                WHEN array_position({Ranked}, @status) > array_position({Ranked}, g.status) THEN @status
                ELSE g.status END,
            stage = {NextStage},
            queue_position = CASE
                WHEN g.status IN {Terminal} OR @status IN {Terminal} OR ({NextStage}) IS DISTINCT FROM 'queued' THEN NULL
                WHEN @stage = 'queued' AND @queue_position IS NOT NULL AND {InOrder} THEN @queue_position
                ELSE g.queue_position END,
            queue_estimate_seconds = CASE
                WHEN g.status IN {Terminal} OR @status IN {Terminal} OR ({NextStage}) IS DISTINCT FROM 'queued' THEN NULL
                WHEN @stage = 'queued' AND @queue_position IS NOT NULL AND {InOrder} THEN @queue_estimate_seconds
                ELSE g.queue_estimate_seconds END,
            stage_reported_at = CASE
                WHEN @stage IS NOT NULL AND g.status NOT IN {Terminal} THEN GREATEST(g.stage_reported_at, @occurred_at)
                ELSE g.stage_reported_at END,
            progress = CASE WHEN g.status IN {Terminal} THEN g.progress ELSE GREATEST(g.progress, EXCLUDED.progress) END,
            failure_reason = CASE WHEN g.status IN {Terminal} THEN g.failure_reason ELSE EXCLUDED.failure_reason END,
            failure_retryable = CASE WHEN g.status IN {Terminal} THEN g.failure_retryable ELSE EXCLUDED.failure_retryable END,
            failure_vendor_code = CASE WHEN g.status IN {Terminal} THEN g.failure_vendor_code ELSE EXCLUDED.failure_vendor_code END,
            failure_vendor_message = CASE WHEN g.status IN {Terminal} THEN g.failure_vendor_message ELSE EXCLUDED.failure_vendor_message END,
            cancellation_vendor_job_stopped = CASE WHEN g.status IN {Terminal} THEN g.cancellation_vendor_job_stopped
                ELSE EXCLUDED.cancellation_vendor_job_stopped END,
            cancellation_note = CASE WHEN g.status IN {Terminal} THEN g.cancellation_note ELSE EXCLUDED.cancellation_note END,
            usage = CASE WHEN g.status IN {Terminal} THEN g.usage ELSE EXCLUDED.usage END,
            partial_note = CASE WHEN g.status IN {Terminal} THEN g.partial_note ELSE EXCLUDED.partial_note END,
            terminal_change_id = CASE WHEN g.status IN {Terminal} THEN g.terminal_change_id ELSE EXCLUDED.terminal_change_id END,
            completed_at = CASE WHEN g.status IN {Terminal} THEN g.completed_at ELSE EXCLUDED.completed_at END,
            created_at = LEAST(g.created_at, EXCLUDED.created_at),
            updated_at = GREATEST(g.updated_at, EXCLUDED.updated_at)
        RETURNING g.status, g.terminal_change_id IS NOT DISTINCT FROM @change_id
        """;

    /// <summary>Only the change that completed the generation writes assets; the key (generation_id, name) keeps them unique.</summary>
    public const string InsertAssets = """
        INSERT INTO results.generation_assets
            (generation_id, name, position, role, format, url, size_bytes, content_type, checksum, vendor_url)
        SELECT @id, a.name, a.position, a.role, a.format, a.url, a.size_bytes, a.content_type, a.checksum, a.vendor_url
        FROM unnest(@names, @positions, @roles, @formats, @urls, @sizes, @content_types, @checksums, @vendor_urls)
            AS a (name, position, role, format, url, size_bytes, content_type, checksum, vendor_url)
        ON CONFLICT (generation_id, name) DO NOTHING
        """;

    public const string Columns = """
        id, tenant_id, client_reference, vendor, kind, status, stage, progress, vendor_job_id, cancel_requested,
        failure_reason, failure_retryable, failure_vendor_code, failure_vendor_message,
        cancellation_vendor_job_stopped, cancellation_note, usage, partial_note, request,
        created_at, updated_at, completed_at, trace_id,
        queue_position, queue_estimate_seconds, stage_reported_at
        """;

    /// <summary>Usage rows per UTC day (of created_at), tenant, vendor and cost currency; @tenant_id null: every tenant.</summary>
    public const string Usage = """
        SELECT (created_at AT TIME ZONE 'UTC')::date, tenant_id, vendor, usage->>'currency',
               count(*), count(*) FILTER (WHERE status = @completed),
               sum((usage->>'credits')::numeric), sum((usage->>'cost')::numeric)
        FROM results.generations
        WHERE created_at >= @start AND created_at < @end AND (@tenant_id::text IS NULL OR tenant_id = @tenant_id)
        GROUP BY 1, 2, 3, 4
        """;

    public const string SelectById = $"SELECT {Columns} FROM results.generations WHERE id = @id";

    public const string SelectAssets = """
        SELECT generation_id, role, format, name, url, size_bytes, content_type, checksum, vendor_url
        FROM results.generation_assets
        WHERE generation_id = ANY(@ids)
        ORDER BY generation_id, position
        """;
}
