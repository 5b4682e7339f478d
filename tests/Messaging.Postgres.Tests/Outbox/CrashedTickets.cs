using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>
/// Opens tickets on a host that "crashes" right after each commit (the hook throws, nothing retries, its relay is off),
/// so every saga change and its outgoing messages are committed and none is delivered.
/// </summary>
internal static class CrashedTickets
{
    /// <summary>Messages each opened ticket commits: TicketOpened and TicketEscalated (published), ReviewTicket (sent).</summary>
    public const int MessagesPerTicket = 3;

    /// <summary>The team of the i-th ticket: every second one is routed to the test's events queue.</summary>
    public static string Team(int index) => index % 2 == 0 ? TicketEscalated.RoutedTeam : "tier1";

    public static async Task<IReadOnlyList<Guid>> OpenAsync(PostgresDatabaseFixture database, TicketQueues queues, TicketLog log, int count)
    {
        var options = new TicketHostOptions
        {
            Retry = false,
            RelayEnabled = false,
            RelayDelay = TimeSpan.Zero,
            AfterCommit = _ => throw new InvalidOperationException("Simulated crash between commit and delivery."),
        };
        await using var host = await TicketHost.StartAsync(database.ConnectionString, queues, log, options);
        var driver = new TicketDriver(host, database, queues, log);

        var ids = await Task.WhenAll(Enumerable.Range(0, count).Select(i => driver.OpenAsync($"crashed {i}", Team(i))));
        await Eventually.HoldsAsync(async () => await driver.ErrorsAsync() == count, TicketDriver.Timeout, "every open faults after its commit");
        await driver.DrainAsync();

        Assert.Equal(count, await driver.UndeliveredAsync());
        Assert.Equal(count * MessagesPerTicket, await driver.OutboxRowsAsync());
        Assert.All(ids, id => Assert.False(log.Contains<TicketOpened>(id) || log.Contains<TicketEscalated>(id) || log.Contains<ReviewTicket>(id), $"ticket {id} leaked a message"));
        foreach (var id in ids)
        {
            Assert.Equal("Reviewing", (await driver.LoadAsync(id))?.CurrentState);
        }

        return ids;
    }
}
