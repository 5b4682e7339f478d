using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// Removes intake's rows of generations that ended more than <see cref="PostgresRetentionOptions.IntakeGenerations"/> ago,
/// and of requests the broker never confirmed (never accepted) created that long ago. A generation in flight, or one
/// holding its tenant's in-flight slot, always stays. Results keeps the generation itself.
/// </summary>
public sealed class IntakeGenerationsRetention(IntakeDatabase database) : IPostgresRetentionTask
{
    public string Name => "intake_generations";

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await database.Schema.EnsureCreatedAsync(cancellationToken);
        return await RetentionDelete.InChunksAsync(
            database.DataSource,
            "intake_generations",
            "NOT holds_slot AND ((ended_at IS NOT NULL AND ended_at < @cutoff) OR (NOT published AND created_at < @cutoff))",
            () => [new NpgsqlParameter("cutoff", NpgsqlDbType.TimestampTz) { Value = (now - options.IntakeGenerations).UtcDateTime }],
            cancellationToken);
    }
}
