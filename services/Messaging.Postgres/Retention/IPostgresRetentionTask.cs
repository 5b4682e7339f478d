namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>One table's clean-up, run by <see cref="PostgresRetention"/> on every pass.</summary>
public interface IPostgresRetentionTask
{
    /// <summary>What it cleans, for logs (for example <c>saga:rodin_workflow_state</c>).</summary>
    string Name { get; }

    /// <summary>Deletes what is older than its retention at <paramref name="now"/>; returns how many rows went.</summary>
    Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken);
}
