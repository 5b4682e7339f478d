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

    [Fact]
    public async Task The_delivery_lock_marks_a_consumed_message_delivered_and_removes_its_outbox_in_one_statement()
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var store = new PostgresOutboxStore(dataSource);
        await store.Schema.EnsureCreatedAsync(CancellationToken.None);
        Guid consumed = Guid.NewGuid(), delivered = Guid.NewGuid(), other = Guid.NewGuid();
        await database.ScalarAsync<int>("""
            INSERT INTO inbox_state (message_id, consumer_id, consumed_at, delivered_at, relay_after, last_sequence_number) VALUES
                (@consumed, 'saga', now(), NULL, now() + interval '1 minute', NULL),
                (@delivered, 'saga', now(), now(), NULL, 7),
                (@other, 'saga', now(), NULL, now() + interval '1 minute', NULL);
            INSERT INTO outbox_messages (inbox_message_id, inbox_consumer_id, message_id, destination_address, content_type, message_type, body, sent_time)
            SELECT m, 'saga', gen_random_uuid(), 'queue:x', 'application/json', 'urn:message:X', '{}', now() FROM unnest(ARRAY[@consumed, @consumed, @other]) m;
            SELECT 1;
            """, ("consumed", consumed), ("delivered", delivered), ("other", other));

        var before = await LockAndMarkAsync(dataSource, consumed, 42);
        var again = await LockAndMarkAsync(dataSource, delivered, 42);
        var missing = await LockAndMarkAsync(dataSource, Guid.NewGuid(), 42);

        Assert.Equal((1, true, false, (long?)null), (before!.ReceiveCount, before.ConsumedAt.HasValue, before.DeliveredAt.HasValue, before.LastSequenceNumber));
        Assert.True(again!.DeliveredAt.HasValue);
        Assert.Null(missing);
        Assert.Equal(42, await database.ScalarAsync<long>("SELECT last_sequence_number FROM inbox_state WHERE message_id = @id AND delivered_at IS NOT NULL AND relay_after IS NULL", ("id", consumed)));
        Assert.Equal(7, await database.ScalarAsync<long>("SELECT last_sequence_number FROM inbox_state WHERE message_id = @id", ("id", delivered)));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE inbox_message_id = @id", ("id", consumed)));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE inbox_message_id = @id", ("id", other)));
        Assert.Equal(1, await database.ScalarAsync<long>("SELECT count(*) FROM inbox_state WHERE message_id = @id AND delivered_at IS NULL", ("id", other)));

        // The class shares one database: leave the inbox as the other tests expect it.
        await database.ScalarAsync<int>("""
            DELETE FROM outbox_messages WHERE inbox_message_id = ANY(@ids);
            DELETE FROM inbox_state WHERE message_id = ANY(@ids);
            SELECT 1;
            """, ("ids", new[] { consumed, delivered, other }));
    }

    static async Task<InboxState?> LockAndMarkAsync(NpgsqlDataSource dataSource, Guid messageId, long lastSequence)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var state = await OutboxPassCommands.LockAndMarkDeliveredAsync(transaction, new InboxKey(messageId, "saga"), lastSequence, CancellationToken.None);
        await transaction.CommitAsync();
        return state;
    }
}
