using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>Delivered and given-up deliveries go after their retention; a pending one stays however old; so do the generation copies they need.</summary>
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

    [Fact]
    public async Task A_pass_removes_the_copy_of_a_generation_long_over_with_nothing_pending()
    {
        await using var database = await PostgresDatabase.CreateAsync("webhooks_retention", maxPoolSize: 4);
        using var host = await DeliveryHost.OnPostgresAsync(database.ConnectionString);
        var webhooks = host.Services.GetRequiredService<WebhooksDatabase>();
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        await using (var insert = webhooks.DataSource.CreateCommand("""
            INSERT INTO webhooks.generations (id, record)
            SELECT id, jsonb_build_object('id', id, 'status', status, 'updatedAt', updated_at)
            FROM (VALUES ('00000000-0000-0000-0000-000000000001'::uuid, 'completed', @old),
                         ('00000000-0000-0000-0000-000000000002'::uuid, 'completed', @old),
                         ('00000000-0000-0000-0000-000000000003'::uuid, 'processing', @old),
                         ('00000000-0000-0000-0000-000000000004'::uuid, 'failed', @recent)) g (id, status, updated_at);
            INSERT INTO webhooks.deliveries (id, tenant_id, url, generation_id, event_type, payload, status, next_attempt_at, created_at, retry_until)
            VALUES ('d-pending', 'tenant-a', 'https://hooks.test/', '00000000-0000-0000-0000-000000000002', 'generation.completed', '{}', 'pending', @recent, @recent, @recent);
            """))
        {
            insert.Parameters.AddWithValue("old", now.AddDays(-30));
            insert.Parameters.AddWithValue("recent", now.AddDays(-1));
            await insert.ExecuteNonQueryAsync();
        }

        var removed = await new WebhookDeliveriesRetention(webhooks)
            .PruneAsync(now, new PostgresRetentionOptions { WebhookDeliveries = TimeSpan.FromDays(14) }, CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Equal(
            ["00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000003", "00000000-0000-0000-0000-000000000004"],
            await database.ScalarAsync<string[]>("SELECT array_agg(id::text ORDER BY id) FROM webhooks.generations"));
    }
}
