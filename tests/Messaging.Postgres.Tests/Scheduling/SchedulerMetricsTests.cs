using System.Diagnostics.Metrics;
using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Metrics;
using MassTransit;
using MassTransit.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

/// <summary>The scheduler's lag and pending metrics, on the real RabbitMQ and PostgreSQL.</summary>
public sealed class SchedulerMetricsTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    const string Lag = "messaging.scheduler.lag";
    const string Pending = "messaging.scheduler.pending";

    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    readonly string _schedulerQueue = UniqueName.For("scheduler-metrics");
    readonly string _reminderQueue = UniqueName.For("reminders-metrics");
    readonly ReminderLog _log = new();

    Uri ReminderAddress => new($"queue:{_reminderQueue}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([_schedulerQueue, _reminderQueue]);

    [Fact]
    public async Task Records_how_long_after_its_due_time_a_message_was_sent()
    {
        await using var host = await StartHostAsync();
        using var metrics = new MetricsRecorder(host.Services.GetRequiredService<IMeterFactory>());
        var reminder = new Reminder { ReminderId = NewId.NextGuid(), Text = "overdue" };
        var due = DateTime.UtcNow.AddSeconds(-30);

        await ScheduleAsync(host, due, reminder, NewId.NextGuid());

        await Eventually.HoldsAsync(() => _log.Contains(reminder.ReminderId), Timeout, "the overdue reminder arrives");
        await Eventually.HoldsAsync(() => metrics.Values(Lag).Count == 1, Timeout, "its lag is recorded");
        Assert.InRange(Assert.Single(metrics.Values(Lag)), 30, 30 + Timeout.TotalSeconds);
        await Eventually.HoldsAsync(async () => await StoredAsync() == 0, Timeout, "the sent row is deleted");
    }

    [Fact]
    public async Task Reports_the_messages_stored_and_not_yet_sent()
    {
        await using var host = await StartHostAsync();
        using var metrics = new MetricsRecorder(host.Services.GetRequiredService<IMeterFactory>());
        var tokens = new[] { NewId.NextGuid(), NewId.NextGuid() };

        foreach (var token in tokens)
        {
            await ScheduleAsync(host, DateTime.UtcNow.AddDays(1), new Reminder { ReminderId = NewId.NextGuid(), Text = "tomorrow" }, token);
        }

        await Eventually.HoldsAsync(() => metrics.Observe(Pending) == 2, Timeout, "two messages are reported pending");
        using (var scope = host.Services.CreateScope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
            foreach (var token in tokens)
            {
                await scheduler.CancelScheduledSend(ReminderAddress, token);
            }
        }

        await Eventually.HoldsAsync(() => metrics.Observe(Pending) == 0, Timeout, "none is reported pending once both were cancelled");
        Assert.Empty(metrics.Values(Lag));
    }

    async Task ScheduleAsync(TestBusHost host, DateTime due, Reminder reminder, Guid tokenId)
    {
        var scheduler = await host.Bus.GetSendEndpoint(new Uri($"queue:{_schedulerQueue}"));
        await scheduler.Send<ScheduleMessage>(new ScheduleMessageCommand<Reminder>(due, ReminderAddress, reminder, tokenId));
    }

    Task<long> StoredAsync() => database.ScalarAsync<long>("SELECT count(*) FROM scheduled_messages");

    Task<TestBusHost> StartHostAsync() => TestBusHost.StartAsync(
        database.ConnectionString,
        _schedulerQueue,
        x => x.AddConsumer<ReminderConsumer>().ExcludeFromConfigureEndpoints(),
        (context, cfg) => cfg.ReceiveEndpoint(_reminderQueue, e => e.ConfigureConsumer<ReminderConsumer>(context)),
        new Dictionary<string, string?> { [$"{PostgresSchedulerOptions.SectionName}:PollInterval"] = "00:00:00.100" },
        services => services.AddSingleton(_log));
}
