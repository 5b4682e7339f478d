using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// Removes deliveries that were delivered or gave up more than <see cref="PostgresRetentionOptions.WebhookDeliveries"/> ago
/// (their attempts go with them); a pending delivery always stays. The copy of a generation the payloads are built from
/// goes after the same time once the generation is over and none of its deliveries is pending.
/// </summary>
public sealed class WebhookDeliveriesRetention(WebhooksDatabase database) : IPostgresRetentionTask
{
    public string Name => "webhooks.deliveries";

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await database.Migrations.EnsureCreatedAsync(cancellationToken);
        var cutoff = now - options.WebhookDeliveries;
        var deliveries = await RetentionDelete.InChunksAsync(
            database.DataSource,
            $"{WebhooksDatabase.Schema}.deliveries",
            "status IN ('delivered', 'failed') AND coalesce(delivered_at, next_attempt_at, created_at) < @cutoff AND created_at < @cutoff",
            () => [Cutoff(cutoff)],
            cancellationToken);
        var generations = await RetentionDelete.InChunksAsync(
            database.DataSource,
            $"{WebhooksDatabase.Schema}.generations",
            $"""
            record->>'status' IN ('completed', 'failed', 'cancelled') AND (record->>'updatedAt')::timestamptz < @cutoff
            AND NOT EXISTS (SELECT 1 FROM {WebhooksDatabase.Schema}.deliveries d WHERE d.generation_id = generations.id AND d.status = 'pending')
            """,
            () => [Cutoff(cutoff)],
            cancellationToken);
        return deliveries + generations;
    }

    static NpgsqlParameter Cutoff(DateTimeOffset cutoff) => new("cutoff", NpgsqlDbType.TimestampTz) { Value = cutoff.UtcDateTime };
}
