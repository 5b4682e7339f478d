using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>A state machine's <c>Schedule()</c> on RabbitMQ without the delayed-exchange plugin (in-memory saga repository).</summary>
public sealed class ScheduledSagaTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    readonly string _schedulerQueue = UniqueName.For("scheduler-test");
    readonly string _sagaQueue = UniqueName.For("reminder-saga-test");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([_schedulerQueue, _sagaQueue]);

    [Fact]
    public async Task A_state_machine_receives_its_timeout_and_ignores_a_stale_token()
    {
        var observer = new ReminderDueObserver();
        await using var host = await TestBusHost.StartAsync(
            database.ConnectionString,
            _schedulerQueue,
            x => x.AddSagaStateMachine<ReminderStateMachine, ReminderState>().InMemoryRepository().ExcludeFromConfigureEndpoints(),
            (context, cfg) =>
            {
                cfg.ConnectReceiveObserver(observer);
                cfg.ReceiveEndpoint(_sagaQueue, e =>
                {
                    e.UseMessageRetry(r => r.Immediate(5));
                    e.UseInMemoryOutbox(context);
                    e.ConfigureSaga<ReminderState>(context);
                });
            });

        await ScheduledSagaScenario.RunAsync(host, new Uri($"queue:{_sagaQueue}"), observer);

        // Without the PostgreSQL outbox, schedules travel as commands through the scheduler queue.
        Assert.True(observer.SchedulerCommands > 0, "no schedule went through the scheduler queue");
    }
}
