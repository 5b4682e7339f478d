namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>A claimed inbox row and its undelivered messages, in sequence order.</summary>
internal sealed record OutboxRelayEntry(InboxKey Inbox, int RelayAttempts)
{
    public List<PostgresOutboxMessage> Messages { get; } = [];
}
