using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>
/// Reclaims slots and queue places that nothing will give back: those of generations whose saga is over (a terminal state, or
/// already removed) and those whose deadline passed an hour ago (their workflow failed them then). A slot is keyed by
/// generation, so a replica killed mid-job holds none of its own; this is the guard against any other way a release could miss.
/// Freed slots are granted by the next acquire or release (queued jobs ask again at their recheck).
/// </summary>
public sealed class VendorAdmissionSweeper(VendorAdmissionDatabase database, IEnumerable<SagaTableRetention> sagaTables) : IPostgresRetentionTask
{
    /// <summary>How old a row must be before its generation's saga is looked at (the saga commits before its submit is sent).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan AfterDeadline = TimeSpan.FromHours(1);

    public string Name => "vendor_admission";

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        await database.Schema.EnsureCreatedAsync(cancellationToken);
        var tables = sagaTables.Where(t => t.DataSource == database.Schema.DataSource).ToArray();
        var over = tables.Length == 0
            ? "false"
            : string.Join(" AND ", tables.Select((t, i) => $"""
                NOT EXISTS (SELECT 1 FROM {t.Table} s WHERE s.correlation_id = vendor_admission.generation_id
                            AND (s.current_state IS NULL OR NOT (s.current_state = ANY(@terminal{i}))))
                """));
        return await RetentionDelete.InChunksAsync(
            database.Schema.DataSource,
            "vendor_admission",
            $"deadline < @expired OR (enqueued_at < @cutoff AND {over})",
            () =>
            [
                new NpgsqlParameter("expired", NpgsqlDbType.TimestampTz) { Value = (now - AfterDeadline).UtcDateTime },
                new NpgsqlParameter("cutoff", NpgsqlDbType.TimestampTz) { Value = (now - Grace).UtcDateTime },
                .. tables.Select((t, i) => new NpgsqlParameter($"terminal{i}", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = t.TerminalStates }),
            ],
            cancellationToken);
    }
}
