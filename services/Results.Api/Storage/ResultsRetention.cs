using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// Removes rows of the <c>generation_events</c> feed older than <see cref="PostgresRetentionOptions.GenerationEvents"/> (a
/// stream resumes from the generation's stored state, not from old events) and of <c>results.inbox</c> older than
/// <see cref="PostgresRetentionOptions.ResultsInbox"/>. The generations themselves stay.
/// </summary>
public sealed class ResultsRetention(ResultsDatabase database) : IPostgresRetentionTask
{
    public string Name => "results";

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await database.Migrations.EnsureCreatedAsync(cancellationToken);
        var events = await RetentionDelete.InChunksAsync(
            database.DataSource, $"{ResultsDatabase.Schema}.generation_events", "occurred_at < @cutoff",
            () => [Cutoff(now - options.GenerationEvents)], cancellationToken);
        var inbox = await RetentionDelete.InChunksAsync(
            database.DataSource, $"{ResultsDatabase.Schema}.inbox", "processed_at < @cutoff",
            () => [Cutoff(now - options.ResultsInbox)], cancellationToken);
        return events + inbox;
    }

    static NpgsqlParameter Cutoff(DateTimeOffset cutoff) => new("cutoff", NpgsqlDbType.TimestampTz) { Value = cutoff.UtcDateTime };
}
