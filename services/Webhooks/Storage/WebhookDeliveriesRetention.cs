using GenerationGateway.Messaging.Postgres.Retention;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// Removes deliveries that were delivered or gave up more than <see cref="PostgresRetentionOptions.WebhookDeliveries"/> ago
/// (their attempts go with them); a pending delivery always stays.
/// </summary>
public sealed class WebhookDeliveriesRetention(WebhooksDatabase database) : IPostgresRetentionTask
{
    public string Name => "webhooks.deliveries";

    public async Task<long> PruneAsync(DateTimeOffset now, PostgresRetentionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await database.Migrations.EnsureCreatedAsync(cancellationToken);
        return await RetentionDelete.InChunksAsync(
            database.DataSource,
            $"{WebhooksDatabase.Schema}.deliveries",
            "status IN ('delivered', 'failed') AND coalesce(delivered_at, next_attempt_at, created_at) < @cutoff AND created_at < @cutoff",
            () => [new NpgsqlParameter("cutoff", NpgsqlDbType.TimestampTz) { Value = (now - options.WebhookDeliveries).UtcDateTime }],
            cancellationToken);
    }
}
