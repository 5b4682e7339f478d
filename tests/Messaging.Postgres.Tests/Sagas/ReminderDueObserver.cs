using System.Collections.Concurrent;
using MassTransit;
using MassTransit.Scheduling;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>
/// Records the scheduling token of every <see cref="ReminderDue"/> the saga endpoint finished consuming, and counts the schedule
/// and cancel commands the scheduler queue consumed.
/// </summary>
public sealed class ReminderDueObserver : IReceiveObserver
{
    readonly ConcurrentQueue<Guid?> _consumedTokens = new();
    int _schedulerCommands;

    public IReadOnlyCollection<Guid?> ConsumedTokens => _consumedTokens;

    /// <summary>How many <see cref="ScheduleMessage"/> and <see cref="CancelScheduledMessage"/> the scheduler queue consumed.</summary>
    public int SchedulerCommands => Volatile.Read(ref _schedulerCommands);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class
    {
        if (context.Message is ReminderDue)
        {
            _consumedTokens.Enqueue(context.GetSchedulingTokenId());
        }
        else if (context.Message is ScheduleMessage or CancelScheduledMessage)
        {
            Interlocked.Increment(ref _schedulerCommands);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
