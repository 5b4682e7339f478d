using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>The repository inside MassTransit's saga pipeline on the real RabbitMQ, registered as a service would.</summary>
public sealed class PostgresSagaRepositoryTests(PostgresDatabaseFixture database)
    : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    readonly string _schedulerQueue = UniqueName.For("scheduler-test");
    readonly string _sagaQueue = UniqueName.For("reminder-saga-test");
    readonly string _table = $"reminder_{Guid.NewGuid():N}"[..21];
    readonly ReminderDueObserver _observer = new();

    Uri SagaAddress => new($"queue:{_sagaQueue}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => RabbitMqCleanup.DeleteAsync([_schedulerQueue, _sagaQueue]);

    [Fact]
    public async Task A_state_machine_receives_its_timeout_and_ignores_a_stale_token()
    {
        await using var host = await StartHostAsync();

        await ScheduledSagaScenario.RunAsync(host, SagaAddress, _observer);

        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM {_table} WHERE current_state = 'Reminded'"));
    }

    [Fact]
    public async Task Concurrent_messages_to_one_saga_are_retried_on_conflict_and_lose_no_update()
    {
        await using var host = await StartHostAsync();
        Assert.Equal(1, await database.ScalarAsync<long>(
            "SELECT count(*) FROM schema_version WHERE component = @c", ("c", $"saga:{_table}")));
        var correlationId = NewId.NextGuid();
        var notes = Enumerable.Range(0, 40).Select(i => $"note {i}").ToList();
        var endpoint = await host.Bus.GetSendEndpoint(SagaAddress);

        await Task.WhenAll(notes.Select(note => endpoint.Send(new AddToReminder { CorrelationId = correlationId, Note = note })));

        var loader = host.Services.GetRequiredService<ILoadSagaRepository<ReminderState>>();
        ReminderState? saga = null;
        await Eventually.HoldsAsync(async () => (saga = await loader.Load(correlationId))?.Additions == notes.Count, Timeout, "every addition is applied");
        Assert.Equal(notes.Order(), saga!.Notes.Order());
        Assert.Equal(notes.Count, saga.Version);
    }

    Task<TestBusHost> StartHostAsync() => TestBusHost.StartAsync(
        database.ConnectionString,
        _schedulerQueue,
        x => x.AddSagaStateMachine<ReminderStateMachine, ReminderState>()
            .PostgresRepository(r =>
            {
                r.ConnectionStringName = "Sagas";
                r.TableName = _table;
            })
            .ExcludeFromConfigureEndpoints(),
        (context, cfg) =>
        {
            cfg.ConnectReceiveObserver(_observer);
            cfg.ReceiveEndpoint(_sagaQueue, e =>
            {
                e.PrefetchCount = 16;
                e.UseMessageRetry(r => r.Exponential(50, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(10)));
                e.UseInMemoryOutbox(context);
                e.ConfigureSaga<ReminderState>(context);
            });
        });
}
