using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>
/// Removes submit-ledger entries older than <see cref="PostgresRetentionOptions.SubmitLedger"/> whose generation is over: its
/// saga row is in a terminal state or was already removed (sagas are created before anything is submitted). An entry of a
/// generation still in flight is never removed, whatever its age: it is what keeps that generation's submit at most once.
/// Without a saga table whose states say what is terminal, nothing is removed.
/// </summary>
public sealed class SubmitLedgerRetention(SubmitLedgerDatabase database, IEnumerable<SagaTableRetention> sagaTables) : IPostgresRetentionTask
{
    public string Name => "submit_ledger";

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await database.Schema.EnsureCreatedAsync(cancellationToken);
        var tables = sagaTables.Where(t => t.DataSource == database.Schema.DataSource).ToArray();
        if (tables.Length == 0)
        {
            return 0;
        }

        var inFlight = string.Join(" AND ", tables.Select((t, i) => $"""
            NOT EXISTS (SELECT 1 FROM {t.Table} s WHERE s.correlation_id = submit_ledger.generation_id
                        AND (s.current_state IS NULL OR NOT (s.current_state = ANY(@terminal{i}))))
            """));
        return await RetentionDelete.InChunksAsync(
            database.Schema.DataSource,
            "submit_ledger",
            $"intent_at < @cutoff AND {inFlight}",
            () =>
            [
                new NpgsqlParameter("cutoff", NpgsqlDbType.TimestampTz) { Value = (now - options.SubmitLedger).UtcDateTime },
                .. tables.Select((t, i) => new NpgsqlParameter($"terminal{i}", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = t.TerminalStates }),
            ],
            cancellationToken);
    }
}
