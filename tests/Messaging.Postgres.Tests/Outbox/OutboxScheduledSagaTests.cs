using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.Messaging.Postgres.Tests.Sagas;
using GenerationGateway.TestSupport;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>
/// <c>Schedule()</c> from a saga on the outbox: the schedule commits with the saga (written in its transaction, no command
/// through the scheduler queue) and still produces the timeout.
/// </summary>
public sealed class OutboxScheduledSagaTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    readonly string _schedulerQueue = UniqueName.For("scheduler-test");
    readonly string _sagaQueue = UniqueName.For("reminder-saga-test");
    readonly ReminderDueObserver _observer = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([_schedulerQueue, _sagaQueue]);

    [Fact]
    public async Task A_state_machine_on_the_outbox_receives_its_timeout_and_ignores_a_stale_token()
    {
        var committed = 0;
        await using var host = await TestBusHost.StartAsync(
            database.ConnectionString,
            _schedulerQueue,
            x => x.AddSagaStateMachine<ReminderStateMachine, ReminderState>((context, saga) =>
                {
                    saga.UseMessageRetry(r => r.Intervals(10, 50, 100, 200, 500));
                    saga.UsePostgresOutbox(context);
                })
                .PostgresRepository(r => r.UseOutbox(o => o.AfterCommit = _ => Interlocked.Increment(ref committed)))
                .ExcludeFromConfigureEndpoints(),
            (context, cfg) =>
            {
                cfg.ConnectReceiveObserver(_observer);
                cfg.ReceiveEndpoint(_sagaQueue, e => e.ConfigureSaga<ReminderState>(context));
            });

        await ScheduledSagaScenario.RunAsync(host, new Uri($"queue:{_sagaQueue}"), _observer);

        // Start, stale timeout and own timeout each committed through the outbox; nothing is left in it.
        Assert.True(Volatile.Read(ref committed) >= 3, $"{committed} commits went through the outbox");
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages"));
        Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM inbox_state WHERE delivered_at IS NULL"));
        // Only the scenario's stale schedule, sent from outside the saga, went through the scheduler queue; the saga's did not.
        Assert.Equal(1, _observer.SchedulerCommands);
    }
}
