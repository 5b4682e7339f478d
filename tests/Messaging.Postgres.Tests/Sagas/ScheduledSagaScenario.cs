using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>
/// A saga schedules a timeout through the PostgreSQL scheduler; a stale timeout (another token) arrives first and
/// is ignored, then the saga's own timeout arrives and is acted on. Shared by every saga repository under test.
/// </summary>
internal static class ScheduledSagaScenario
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(TestBusHost host, Uri sagaAddress, ReminderDueObserver observer)
    {
        var loader = host.Services.GetRequiredService<ILoadSagaRepository<ReminderState>>();
        var correlationId = NewId.NextGuid();

        await (await host.Bus.GetSendEndpoint(sagaAddress)).Send(new StartReminder { CorrelationId = correlationId, DelayMilliseconds = 4_000 });
        ReminderState? saga = null;
        await Eventually.HoldsAsync(
            async () => (saga = await loader.Load(correlationId)) is { CurrentState: "Waiting", ExpectedTokenId: not null },
            Timeout,
            "the saga waits for its timeout");

        Guid staleToken;
        using (var scope = host.Services.CreateScope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
            var stale = await scheduler.ScheduleSend(sagaAddress, DateTime.UtcNow.AddMilliseconds(300), new ReminderDue { CorrelationId = correlationId });
            staleToken = stale.TokenId;
        }

        await Eventually.HoldsAsync(() => observer.ConsumedTokens.Contains(staleToken), Timeout, "the stale timeout is consumed");
        Assert.Equal("Waiting", (await loader.Load(correlationId))!.CurrentState);

        await Eventually.HoldsAsync(
            async () => (saga = await loader.Load(correlationId)) is { CurrentState: "Reminded" },
            Timeout,
            "the saga acts on its own timeout");
        Assert.Equal(saga!.ExpectedTokenId, saga.ReceivedTokenId);
        Assert.NotEqual(staleToken, saga.ReceivedTokenId);
        Assert.Null(saga.DueTokenId);
    }
}
