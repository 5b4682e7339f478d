using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

/// <summary>The scheduler end to end: real RabbitMQ, real PostgreSQL, the registration a service uses.</summary>
public sealed class PostgresMessageSchedulerTests(PostgresDatabaseFixture database, ITestOutputHelper output)
    : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    readonly string _schedulerQueue = UniqueName.For("scheduler-test");
    readonly string _reminderQueue = UniqueName.For("reminders-test");
    readonly ReminderLog _log = new();

    Uri ReminderAddress => new($"queue:{_reminderQueue}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([_schedulerQueue, _reminderQueue]);

    [Fact]
    public async Task Delivers_a_scheduled_message_after_its_due_time_with_its_token_ids_and_headers()
    {
        await using var host = await StartHostAsync();
        await WarmUpAsync(host);
        var reminder = NewReminder("wake up");
        var correlationId = NewId.NextGuid();
        var due = DateTime.UtcNow.AddSeconds(1.5);

        var scheduled = await ScheduleAsync(host, due, reminder, Pipe.Execute<SendContext<Reminder>>(context =>
        {
            context.CorrelationId = correlationId;
            context.Headers.Set(ReminderConsumer.TestHeader, "kept");
        }));

        await Eventually.HoldsAsync(() => _log.Contains(reminder.ReminderId), Timeout, "the reminder arrives");
        var received = _log.Only(reminder.ReminderId);
        // The database stores microseconds, hence the millisecond of tolerance.
        Assert.True(received.ReceivedAt >= due.AddMilliseconds(-1), $"received at {received.ReceivedAt:O}, due at {due:O}");
        Assert.True(received.ReceivedAt - due < TimeSpan.FromSeconds(3), $"received at {received.ReceivedAt:O}, {received.ReceivedAt - due} late");
        output.WriteLine($"delivered {(received.ReceivedAt - due).TotalMilliseconds:F0} ms after its due time");
        Assert.Equal(scheduled.TokenId, received.SchedulingTokenId);
        Assert.Equal("wake up", received.Text);
        Assert.Equal(correlationId, received.CorrelationId);
        Assert.Equal("kept", received.TestHeader);
        await Eventually.HoldsAsync(async () => await PendingAsync(scheduled.TokenId) == 0, Timeout, "the sent row is deleted");
    }

    [Fact]
    public async Task Never_delivers_a_message_that_was_unscheduled()
    {
        await using var host = await StartHostAsync();
        await WarmUpAsync(host);
        var cancelled = NewReminder("cancelled");
        var cancelledDue = DateTime.UtcNow.AddSeconds(3);

        var scheduled = await ScheduleAsync(host, cancelledDue, cancelled);
        await Eventually.HoldsAsync(async () => await PendingAsync(scheduled.TokenId) == 1, Timeout, "the schedule is stored");
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageScheduler>().CancelScheduledSend(ReminderAddress, scheduled.TokenId);
        }

        await Eventually.HoldsAsync(async () => await TombstonesAsync(scheduled.TokenId) == 1, Timeout, "the cancellation is recorded");
        Assert.True(DateTime.UtcNow < cancelledDue, "The cancel must be processed before the due time for this test to prove anything.");
        Assert.Equal(0, await PendingAsync(scheduled.TokenId));

        // Dispatch follows due order, so once a later sentinel has arrived the cancelled one would have too.
        var sentinel = NewReminder("sentinel");
        await ScheduleAsync(host, Later(cancelledDue), sentinel);
        await Eventually.HoldsAsync(() => _log.Contains(sentinel.ReminderId), Timeout, "the sentinel arrives");

        Assert.False(_log.Contains(cancelled.ReminderId));
    }

    [Fact]
    public async Task A_cancel_that_overtakes_its_schedule_still_wins()
    {
        await using var host = await StartHostAsync();
        var tokenId = NewId.NextGuid();
        var schedulerEndpoint = await host.Bus.GetSendEndpoint(new Uri($"queue:{_schedulerQueue}"));

        await schedulerEndpoint.Send<CancelScheduledMessage>(new { CorrelationId = NewId.NextGuid(), Timestamp = DateTime.UtcNow, TokenId = tokenId });
        await Eventually.HoldsAsync(async () => await TombstonesAsync(tokenId) == 1, Timeout, "the cancellation is recorded");

        var late = NewReminder("scheduled after its cancel");
        var lateDue = DateTime.UtcNow.AddSeconds(0.5);
        await schedulerEndpoint.Send<ScheduleMessage>(new ScheduleMessageCommand<Reminder>(lateDue, ReminderAddress, late, tokenId));

        var sentinel = NewReminder("sentinel");
        await ScheduleAsync(host, Later(lateDue), sentinel);
        await Eventually.HoldsAsync(() => _log.Contains(sentinel.ReminderId), Timeout, "the sentinel arrives");

        Assert.False(_log.Contains(late.ReminderId));
        Assert.Equal(0, await PendingAsync(tokenId));
    }

    [Fact]
    public async Task Two_dispatchers_deliver_each_message_exactly_once()
    {
        var settings = new Dictionary<string, string?> { [$"{PostgresSchedulerOptions.SectionName}:BatchSize"] = "5" };
        await using var first = await StartHostAsync(settings: settings);
        await using var second = await StartHostAsync(withReminderConsumer: false, settings: settings);
        var due = DateTime.UtcNow.AddSeconds(1.5);
        var reminders = Enumerable.Range(0, 100).Select(i => NewReminder($"reminder {i}")).ToList();

        var scheduled = await Task.WhenAll(reminders.Select((reminder, i) => ScheduleAsync(i % 2 == 0 ? first : second, due, reminder)));
        var tokens = scheduled.Select(s => s.TokenId).ToArray();

        await Eventually.HoldsAsync(() => reminders.All(r => _log.Contains(r.ReminderId)), Timeout, "every reminder arrives");
        await Eventually.HoldsAsync(async () => await PendingAsync(tokens) == 0, Timeout, "every sent row is deleted");
        // Everything sent before the rows were deleted is queued ahead of this marker (the endpoint consumes one at a time).
        var marker = NewReminder("marker");
        await (await first.Bus.GetSendEndpoint(ReminderAddress)).Send(marker);
        await Eventually.HoldsAsync(() => _log.Contains(marker.ReminderId), Timeout, "the marker arrives");

        var received = _log.Received.Where(r => r.ReminderId != marker.ReminderId).ToList();
        Assert.Equal(reminders.Count, received.Count);
        Assert.All(reminders, reminder => _log.Only(reminder.ReminderId));
        Assert.All(received, r => Assert.True(r.ReceivedAt >= due.AddMilliseconds(-1), $"{r.Text} arrived before its due time"));
        var lateness = received.Select(r => (r.ReceivedAt - due).TotalMilliseconds).Order().ToList();
        output.WriteLine($"lateness p50 {lateness[lateness.Count / 2]:F0} ms, max {lateness[^1]:F0} ms");
        output.WriteLine(
            $"first dispatcher sent {first.Services.GetRequiredService<SchedulerDispatchStatus>().DispatchedTotal}, " +
            $"second sent {second.Services.GetRequiredService<SchedulerDispatchStatus>().DispatchedTotal}");
    }

    /// <summary>Runs a schedule and a cancel through the scheduler once, so first-use costs do not eat into due times.</summary>
    async Task WarmUpAsync(TestBusHost host)
    {
        var scheduled = await ScheduleAsync(host, DateTime.UtcNow.AddDays(1), NewReminder("warm-up"));
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMessageScheduler>().CancelScheduledSend(ReminderAddress, scheduled.TokenId);
        await Eventually.HoldsAsync(async () => await TombstonesAsync(scheduled.TokenId) == 1, Timeout, "the warm-up cancel is recorded");
    }

    static Reminder NewReminder(string text) => new() { ReminderId = NewId.NextGuid(), Text = text };

    static DateTime Later(DateTime due) => (due > DateTime.UtcNow ? due : DateTime.UtcNow).AddSeconds(0.5);

    async Task<ScheduledMessage<Reminder>> ScheduleAsync(TestBusHost host, DateTime due, Reminder reminder, IPipe<SendContext<Reminder>>? pipe = null)
    {
        using var scope = host.Services.CreateScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
        return await scheduler.ScheduleSend(ReminderAddress, due, reminder, pipe ?? Pipe.Empty<SendContext<Reminder>>());
    }

    Task<long> PendingAsync(params Guid[] tokenIds) =>
        database.ScalarAsync<long>("SELECT count(*) FROM scheduled_messages WHERE token_id = ANY(@ids)", ("ids", tokenIds));

    Task<long> TombstonesAsync(Guid tokenId) =>
        database.ScalarAsync<long>("SELECT count(*) FROM scheduled_message_tombstones WHERE token_id = @id", ("id", tokenId));

    Task<TestBusHost> StartHostAsync(bool withReminderConsumer = true, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            // A long poll interval: prompt delivery must come from LISTEN/NOTIFY and due-time planning.
            [$"{PostgresSchedulerOptions.SectionName}:PollInterval"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return TestBusHost.StartAsync(
            database.ConnectionString,
            _schedulerQueue,
            x => x.AddConsumer<ReminderConsumer>().ExcludeFromConfigureEndpoints(),
            (context, cfg) =>
            {
                if (withReminderConsumer)
                {
                    cfg.ReceiveEndpoint(_reminderQueue, e =>
                    {
                        e.PrefetchCount = 1;
                        e.ConfigureConsumer<ReminderConsumer>(context);
                    });
                }
            },
            all,
            services => services.AddSingleton(_log));
    }
}
