using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Retention;

/// <summary>
/// One clean-up pass over every registered <see cref="IPostgresRetentionTask"/> at the process clock's time. Several
/// replicas may run it at once: each task's deletes are idempotent.
/// </summary>
public sealed partial class PostgresRetention(
    IEnumerable<IPostgresRetentionTask> tasks,
    IOptions<PostgresRetentionOptions> options,
    TimeProvider clock,
    ILogger<PostgresRetention> logger)
{
    /// <summary>Runs every task once; returns the rows each removed. A failing task is logged and the others still run.</summary>
    public async Task<IReadOnlyDictionary<string, long>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var removed = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            try
            {
                var count = await task.PruneAsync(now, options.Value, cancellationToken);
                removed[task.Name] = count;
                if (count > 0)
                {
                    LogPruned(count, task.Name);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception, task.Name);
            }
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Count} rows of {Task}")]
    partial void LogPruned(long count, string task);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention of {Task} failed; the next pass tries again")]
    partial void LogFailed(Exception exception, string task);
}
