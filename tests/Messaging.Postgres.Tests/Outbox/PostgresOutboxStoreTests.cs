using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The inbox keeps what it needs to recognise redeliveries, and no more.</summary>
public sealed class PostgresOutboxStoreTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Pruning_removes_only_inbox_rows_delivered_before_the_retention()
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = new PostgresOutboxStore(dataSource);
        await store.Schema.EnsureCreatedAsync(CancellationToken.None);
        Guid old = Guid.NewGuid(), recent = Guid.NewGuid(), undelivered = Guid.NewGuid();
        await database.ScalarAsync<int>("""
            INSERT INTO inbox_state (message_id, consumer_id, consumed_at, delivered_at, relay_after) VALUES
                (@old, 'saga', now() - interval '2 days', now() - interval '2 days', NULL),
                (@recent, 'saga', now() - interval '1 hour', now() - interval '1 hour', NULL),
                (@undelivered, 'saga', now() - interval '2 days', NULL, now() - interval '2 days');
            SELECT 1;
            """, ("old", old), ("recent", recent), ("undelivered", undelivered));

        var pruned = await store.PruneInboxAsync(TimeSpan.FromDays(1), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Equal(new[] { recent, undelivered }.Order(), (await database.ScalarAsync<Guid[]>("SELECT array_agg(message_id) FROM inbox_state")).Order());
    }
}
