using System.Diagnostics.Metrics;
using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The relay reports how many committed messages wait in its database's outbox.</summary>
public sealed class OutboxBacklogTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    const string Backlog = "messaging.outbox.backlog";

    readonly TicketQueues _queues = new(UniqueName.For("ticket-saga"), UniqueName.For("ticket-review"), UniqueName.For("ticket-events"));
    readonly TicketLog _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([.. _queues.All, $"{_queues.Saga}-scheduler"]);

    [Fact]
    public async Task Reports_the_messages_waiting_in_the_outbox_until_the_relay_delivered_them()
    {
        var ids = await CrashedTickets.OpenAsync(database, _queues, _log, 4);
        var waiting = ids.Count * CrashedTickets.MessagesPerTicket;
        // Held back from the relay for now: the backlog stays put while the test reads it.
        await RelayAfterAsync("now() + interval '1 hour'");

        await using var host = await TicketHost.StartAsync(database.ConnectionString, _queues, _log, new TicketHostOptions());
        using var metrics = new MetricsRecorder(host.Services.GetRequiredService<IMeterFactory>());
        var tag = (PostgresOutboxRelayStatus.DatabaseTag, (object)new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!);
        await Eventually.HoldsAsync(() => metrics.Observe(Backlog, tag) == waiting, TicketDriver.Timeout, $"the backlog is reported as {waiting} messages");

        await RelayAfterAsync("now()");

        await Eventually.HoldsAsync(() => metrics.Observe(Backlog, tag) == 0, TicketDriver.Timeout, "the backlog is reported empty");
        Assert.Equal(waiting, host.Services.GetRequiredService<PostgresOutboxRelayStatus>().RelayedTotal);
    }

    Task<int> RelayAfterAsync(string when) =>
        database.ScalarAsync<int>($"WITH moved AS (UPDATE inbox_state SET relay_after = {when} WHERE delivered_at IS NULL RETURNING 1) SELECT count(*)::int FROM moved");
}
