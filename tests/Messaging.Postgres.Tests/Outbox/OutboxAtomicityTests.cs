using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The saga change and the messages it sends commit together, or not at all.</summary>
public sealed class OutboxAtomicityTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    readonly TicketQueues _queues = new(UniqueName.For("ticket-saga"), UniqueName.For("ticket-review"), UniqueName.For("ticket-events"));
    readonly TicketLog _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([.. _queues.All, $"{_queues.Saga}-scheduler"]);

    [Fact]
    public async Task A_failure_after_the_saga_change_and_before_commit_leaves_no_state_no_outbox_row_and_sends_nothing()
    {
        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, new TicketHostOptions { Retry = false });
        var driver = new TicketDriver(host, database, _queues, _log);
        var id = await driver.OpenAsync("atomic");
        await driver.WaitForStateAsync(id, "Closed");
        var before = (await driver.LoadAsync(id))!;
        // The saga's UPDATE has run when the outbox row is written; failing that write must take the UPDATE with it.
        await database.ScalarAsync<int>("""
            CREATE FUNCTION reject_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.body LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned outbox row'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER reject_poison BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION reject_poison();
            SELECT 1;
            """);
        var poisonId = Guid.NewGuid();

        await driver.SendToSagaAsync(new NudgeTicket { CorrelationId = id, Note = "poison" }, poisonId);
        await Eventually.HoldsAsync(async () => await driver.ErrorsAsync() == 1, TicketDriver.Timeout, "the poisoned nudge faults");

        var after = (await driver.LoadAsync(id))!;
        Assert.Equal((before.Version, 0), (after.Version, after.Nudges));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE inbox_message_id = @id", ("id", poisonId)));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM inbox_state WHERE message_id = @id", ("id", poisonId)));

        await driver.SendToSagaAsync(new NudgeTicket { CorrelationId = id, Note = "healthy" });
        await Eventually.HoldsAsync(() => _log.Contains<TicketNudged>(id), TicketDriver.Timeout, "the healthy nudge is published");
        await driver.DrainAsync();
        Assert.Equal(["healthy"], _log.Of<TicketNudged>().Where(n => n.CorrelationId == id).Select(n => n.Note));
        Assert.Equal(1, (await driver.LoadAsync(id))!.Nudges);
    }
}
