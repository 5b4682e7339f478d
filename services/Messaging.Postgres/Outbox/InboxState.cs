namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>What the inbox knows about a message: received how often, consumed, its outgoing messages delivered.</summary>
internal sealed record InboxState(int ReceiveCount, DateTime? ConsumedAt, DateTime? DeliveredAt, long? LastSequenceNumber);
