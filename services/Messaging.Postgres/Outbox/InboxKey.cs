namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>One consumed message for one consumer: its MessageId and the consumer (the saga's table name).</summary>
internal readonly record struct InboxKey(Guid MessageId, string ConsumerId);
