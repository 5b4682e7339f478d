using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>Delivered and given-up deliveries go after their retention; a pending one stays however old.</summary>
public sealed class WebhookDeliveriesRetentionTests
{
    [Fact]
    public async Task A_pass_removes_finished_deliveries_older_than_the_retention_and_keeps_pending_ones()
    {
        await using var database = await PostgresDatabase.CreateAsync("webhooks_retention", maxPoolSize: 4);
        using var host = await DeliveryHost.OnPostgresAsync(database.ConnectionString);
        var webhooks = host.Services.GetRequiredService<WebhooksDatabase>();
        await using (var insert = webhooks.DataSource.CreateCommand("""
            INSERT INTO webhooks.deliveries (id, tenant_id, url, generation_id, event_type, payload, status, next_attempt_at, created_at, retry_until, delivered_at)
            SELECT 'd-' || s, 'tenant-a', 'https://hooks.test/', gen_random_uuid(), 'generation.completed', '{}', s,
                   now() - interval '30 days', now() - interval '30 days', now() - interval '29 days',
                   CASE WHEN s = 'delivered' THEN now() - interval '30 days' END
            FROM unnest(ARRAY['delivered', 'failed', 'pending']) s;
            INSERT INTO webhooks.deliveries (id, tenant_id, url, generation_id, event_type, payload, status, next_attempt_at, created_at, retry_until, delivered_at)
            VALUES ('d-recent', 'tenant-a', 'https://hooks.test/', gen_random_uuid(), 'generation.completed', '{}', 'delivered', now(), now(), now(), now());
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var removed = await new WebhookDeliveriesRetention(webhooks)
            .PruneAsync(DateTimeOffset.UtcNow, new PostgresRetentionOptions { WebhookDeliveries = TimeSpan.FromDays(14) }, CancellationToken.None);

        Assert.Equal(2, removed);
        Assert.Equal(
            ["d-pending", "d-recent"],
            await database.ScalarAsync<string[]>("SELECT array_agg(id ORDER BY id) FROM webhooks.deliveries"));
    }
}
