using System.Collections.Concurrent;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Every message the test's consumers received, in arrival order (message type name, correlation id, message id).</summary>
public sealed class TicketLog
{
    readonly ConcurrentQueue<(string Type, Guid CorrelationId, Guid? MessageId, object Message)> _received = new();

    public void Add<T>(Guid correlationId, Guid? messageId, T message)
        where T : class => _received.Enqueue((typeof(T).Name, correlationId, messageId, message));

    public IReadOnlyList<T> Of<T>()
        where T : class => [.. _received.Where(r => r.Type == typeof(T).Name).Select(r => (T)r.Message)];

    public int Count<T>(Guid correlationId)
        where T : class => _received.Count(r => r.Type == typeof(T).Name && r.CorrelationId == correlationId);

    public IReadOnlyList<Guid> MessageIds() => [.. _received.Where(r => r.MessageId.HasValue).Select(r => r.MessageId!.Value)];

    public bool Contains<T>(Guid correlationId)
        where T : class => Count<T>(correlationId) > 0;
}
