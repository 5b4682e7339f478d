using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>
/// Removes a saga table's rows that reached a finished state (<see cref="PostgresRetentionOptions.CompletedGenerations"/>
/// after their last change) or a failed one (<see cref="PostgresRetentionOptions.FailedGenerations"/>). Rows in any other
/// state are never touched. Other clean-ups of the same database ask <see cref="TerminalStates"/> whether a saga is done.
/// </summary>
public sealed class SagaTableRetention : IPostgresRetentionTask
{
    public SagaTableRetention(NpgsqlDataSource dataSource, string table, IReadOnlyList<string> finishedStates, IReadOnlyList<string> failedStates)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        DataSource = dataSource;
        Table = table;
        FinishedStates = finishedStates;
        FailedStates = failedStates;
    }

    public NpgsqlDataSource DataSource { get; }

    public string Table { get; }

    public IReadOnlyList<string> FinishedStates { get; }

    public IReadOnlyList<string> FailedStates { get; }

    public string Name => "saga:" + Table;

    /// <summary>The states after which the saga does nothing more.</summary>
    public string[] TerminalStates => [.. FinishedStates, .. FailedStates];

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var finished = await DeleteAsync(FinishedStates, now - options.CompletedGenerations, cancellationToken);
        var failed = await DeleteAsync(FailedStates, now - options.FailedGenerations, cancellationToken);
        return finished + failed;
    }

    Task<long> DeleteAsync(IReadOnlyList<string> states, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        states.Count == 0
            ? Task.FromResult(0L)
            : RetentionDelete.InChunksAsync(
                DataSource,
                Table,
                "current_state = ANY(@states) AND updated_at < @cutoff",
                () =>
                [
                    new NpgsqlParameter("states", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = states.ToArray() },
                    new NpgsqlParameter("cutoff", NpgsqlDbType.TimestampTz) { Value = cutoff.UtcDateTime },
                ],
                cancellationToken);
}
