using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>A message the saga consumed before has no second effect, and what it committed is still delivered.</summary>
public sealed class OutboxInboxTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    readonly TicketQueues _queues = new(UniqueName.For("ticket-saga"), UniqueName.For("ticket-review"), UniqueName.For("ticket-events"));
    readonly TicketLog _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([.. _queues.All, $"{_queues.Saga}-scheduler"]);

    [Fact]
    public async Task A_redelivered_message_runs_the_behaviour_once_and_is_acknowledged()
    {
        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, new TicketHostOptions());
        var driver = new TicketDriver(host, database, _queues, _log);
        var id = await driver.OpenAsync("redelivered");
        await driver.WaitForStateAsync(id, "Closed");
        var messageId = NewId.NextGuid();
        var nudge = new NudgeTicket { CorrelationId = id, Note = "once" };

        // Twice at once (the second waits for the first's inbox row), then once more after both finished.
        await Task.WhenAll(driver.SendToSagaAsync(nudge, messageId), driver.SendToSagaAsync(nudge, messageId));
        await Eventually.HoldsAsync(async () => await ReceivedAsync(messageId) == 2, TicketDriver.Timeout, "both copies are received");
        await driver.SendToSagaAsync(nudge, messageId);
        await Eventually.HoldsAsync(async () => await ReceivedAsync(messageId) == 3, TicketDriver.Timeout, "the late copy is received");
        await driver.DrainAsync();

        Assert.Equal(1, (await driver.LoadAsync(id))!.Nudges);
        Assert.Equal(1, _log.Count<TicketNudged>(id));
        Assert.Equal(0, await driver.ErrorsAsync());
        Assert.Equal(0u, await RabbitMqQueues.MessageCountAsync($"{_queues.Saga}_skipped"));
        await driver.WaitUntilOutboxEmptyAsync();
    }

    [Fact]
    public async Task A_consume_that_fails_after_its_commit_is_retried_into_delivery_without_running_again()
    {
        var failures = 0;
        var options = new TicketHostOptions
        {
            RelayEnabled = false,
            AfterCommit = context =>
            {
                if (context.TryGetMessage<NudgeTicket>(out _) && Interlocked.Increment(ref failures) == 1)
                {
                    throw new InvalidOperationException("Simulated failure between commit and delivery.");
                }
            },
        };
        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, options);
        var driver = new TicketDriver(host, database, _queues, _log);
        var id = await driver.OpenAsync("retried");
        await driver.WaitForStateAsync(id, "Closed");

        await driver.SendToSagaAsync(new NudgeTicket { CorrelationId = id, Note = "after retry" });
        await Eventually.HoldsAsync(() => _log.Contains<TicketNudged>(id), TicketDriver.Timeout, "the committed nudge is delivered");
        await driver.DrainAsync();

        Assert.Equal(1, failures);
        Assert.Equal(1, (await driver.LoadAsync(id))!.Nudges);
        Assert.Equal(1, _log.Count<TicketNudged>(id));
        Assert.Equal(0, await driver.ErrorsAsync());
        await driver.WaitUntilOutboxEmptyAsync();
    }

    Task<int> ReceivedAsync(Guid messageId) => database.ScalarAsync<int>(
        "SELECT coalesce(max(receive_count), 0) FROM inbox_state WHERE message_id = @id AND delivered_at IS NOT NULL", ("id", messageId));
}
