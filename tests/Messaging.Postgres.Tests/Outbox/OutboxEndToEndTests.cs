using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>A state machine on RabbitMQ whose every event, command and response travels through the outbox.</summary>
public sealed class OutboxEndToEndTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    readonly TicketQueues _queues = new(UniqueName.For("ticket-saga"), UniqueName.For("ticket-review"), UniqueName.For("ticket-events"));
    readonly TicketLog _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([.. _queues.All, $"{_queues.Saga}-scheduler"]);

    [Fact]
    public async Task A_ticket_is_opened_reviewed_closed_and_answers_its_status()
    {
        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, new TicketHostOptions());
        var driver = new TicketDriver(host, database, _queues, _log);

        var id = await driver.OpenAsync("end to end");
        var unrouted = await driver.OpenAsync("not for this queue", team: "tier1");
        await driver.WaitForStateAsync(id, "Closed");
        await driver.WaitForStateAsync(unrouted, "Closed");
        var client = host.Bus.CreateRequestClient<GetTicketStatus>(_queues.SagaAddress, RequestTimeout.After(s: 30));
        var status = await client.GetResponse<TicketStatus>(new GetTicketStatus { CorrelationId = id });
        await Eventually.HoldsAsync(() => _log.Contains<TicketClosed>(id), TicketDriver.Timeout, "the closing event arrives");
        await driver.DrainAsync();

        Assert.Equal((id, "Closed", 0), (status.Message.CorrelationId, status.Message.State, status.Message.Nudges));
        Assert.Equal("end to end", Assert.Single(_log.Of<TicketOpened>(), e => e.CorrelationId == id).Title);
        Assert.Equal((1, 1, 1), (_log.Count<ReviewTicket>(id), _log.Count<TicketClosed>(id), _log.Count<TicketEscalated>(id)));
        Assert.Equal((1, 0), (_log.Count<TicketOpened>(unrouted), _log.Count<TicketEscalated>(unrouted)));
        await driver.WaitUntilOutboxEmptyAsync();
        Assert.True(await database.ScalarAsync<long>("SELECT count(*) FROM inbox_state") >= 3, "every consumed message is in the inbox");
    }

    [Fact]
    public async Task Concurrent_messages_to_one_saga_are_retried_on_conflict_and_each_applied_once()
    {
        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, new TicketHostOptions());
        var driver = new TicketDriver(host, database, _queues, _log);
        var id = await driver.OpenAsync("contended");
        await driver.WaitForStateAsync(id, "Closed");
        var notes = Enumerable.Range(0, 30).Select(i => $"nudge {i}").ToList();

        await Task.WhenAll(notes.Select(note => driver.SendToSagaAsync(new NudgeTicket { CorrelationId = id, Note = note })));
        await Eventually.HoldsAsync(() => _log.Count<TicketNudged>(id) >= notes.Count, TicketDriver.Timeout, "every nudge is published");
        await driver.DrainAsync();

        var nudged = _log.Of<TicketNudged>().Where(n => n.CorrelationId == id).ToList();
        Assert.Equal(notes.Order(), nudged.Select(n => n.Note).Order());
        Assert.Equal(Enumerable.Range(1, notes.Count), nudged.Select(n => n.Nudges).Order());
        Assert.Equal(notes.Count, (await driver.LoadAsync(id))!.Nudges);
    }
}
