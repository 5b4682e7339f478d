using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>What a crash between commit and delivery left behind is delivered afterwards, exactly once.</summary>
public sealed class OutboxRelayTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    readonly TicketQueues _queues = new(UniqueName.For("ticket-saga"), UniqueName.For("ticket-review"), UniqueName.For("ticket-events"));
    readonly TicketLog _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([.. _queues.All, $"{_queues.Saga}-scheduler"]);

    [Fact]
    public async Task A_fresh_relay_delivers_every_message_a_crash_left_behind_exactly_once()
    {
        var ids = await CrashedTickets.OpenAsync(database, _queues, _log, 10);
        var committedIds = await MessageIdsAsync();

        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, new TicketHostOptions());
        var driver = new TicketDriver(host, database, _queues, _log);
        await AllDeliveredAsync(driver, ids);

        Assert.Equal(ids.Count * CrashedTickets.MessagesPerTicket, host.Services.GetRequiredService<PostgresOutboxRelayStatus>().RelayedTotal);
        var opened = _log.Of<TicketOpened>().Where(e => ids.Contains(e.CorrelationId)).ToList();
        Assert.Equal(ids.Order(), opened.Select(e => e.CorrelationId).Order());
        Assert.All(ids, id => Assert.StartsWith("crashed", opened.Single(e => e.CorrelationId == id).Title, StringComparison.Ordinal));
        // The routing key travels with the stored message: only the routed team's escalations reach the bound queue.
        Assert.Equal(
            ids.Where((_, i) => CrashedTickets.Team(i) == TicketEscalated.RoutedTeam).Order(),
            _log.Of<TicketEscalated>().Select(e => e.CorrelationId).Order());
        var received = _log.MessageIds();
        Assert.All(committedIds, messageId => Assert.Contains(messageId, received));
    }

    [Fact]
    public async Task Two_relays_deliver_each_message_once()
    {
        var ids = await CrashedTickets.OpenAsync(database, _queues, _log, 30);

        var options = new TicketHostOptions { RelayBatchSize = 3 };
        await using var first = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, options);
        await using var second = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, options with { Consumers = false });
        await AllDeliveredAsync(new TicketDriver(first, database, _queues, _log), ids);

        var relayed = new[] { first, second }.Select(h => h.Services.GetRequiredService<PostgresOutboxRelayStatus>().RelayedTotal).ToList();
        output.WriteLine($"first relay delivered {relayed[0]}, second {relayed[1]}");
        Assert.Equal(ids.Count * CrashedTickets.MessagesPerTicket, relayed.Sum());
    }

    /// <summary>Waits until every ticket closed and nothing is left undelivered, then checks each message arrived once.</summary>
    async Task AllDeliveredAsync(TicketDriver driver, IReadOnlyList<Guid> ids)
    {
        foreach (var id in ids)
        {
            await driver.WaitForStateAsync(id, "Closed");
        }

        await driver.WaitUntilOutboxEmptyAsync();
        await driver.DrainAsync();
        Assert.All(ids, id => Assert.Equal((1, 1, 1), (_log.Count<TicketOpened>(id), _log.Count<ReviewTicket>(id), _log.Count<TicketClosed>(id))));
    }

    /// <summary>The MessageIds the outbox holds for the test's consumers (unrouted escalations aside): each must arrive under its id.</summary>
    Task<Guid[]> MessageIdsAsync() => database.ScalarAsync<Guid[]>(
        "SELECT array_agg(message_id) FROM outbox_messages WHERE message_type NOT LIKE '%TicketEscalated%' OR body LIKE @routed",
        ("routed", $"%{TicketEscalated.RoutedTeam}%"));
}
