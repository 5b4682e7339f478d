using System.Collections.Concurrent;
using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>Records the scheduling token of every <see cref="ReminderDue"/> the saga endpoint finished consuming.</summary>
public sealed class ReminderDueObserver : IReceiveObserver
{
    readonly ConcurrentQueue<Guid?> _consumedTokens = new();

    public IReadOnlyCollection<Guid?> ConsumedTokens => _consumedTokens;

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class
    {
        if (context.Message is ReminderDue)
        {
            _consumedTokens.Enqueue(context.GetSchedulingTokenId());
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
