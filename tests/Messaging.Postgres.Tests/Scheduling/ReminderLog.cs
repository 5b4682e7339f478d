using System.Collections.Concurrent;

namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

/// <summary>Every reminder received by the test's consumer, in arrival order.</summary>
public sealed class ReminderLog
{
    readonly ConcurrentQueue<ReceivedReminder> _received = new();

    public IReadOnlyList<ReceivedReminder> Received => [.. _received];

    public void Add(ReceivedReminder reminder) => _received.Enqueue(reminder);

    public bool Contains(Guid reminderId) => _received.Any(r => r.ReminderId == reminderId);

    public ReceivedReminder Only(Guid reminderId) => Assert.Single(_received, r => r.ReminderId == reminderId);
}
