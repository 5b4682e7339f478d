namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>A scheduled message as stored: the serialized body plus the envelope fields the dispatcher restores.</summary>
internal sealed record ScheduledMessageRecord
{
    public required Guid TokenId { get; init; }

    public required DateTime DueAt { get; init; }

    public required Uri Destination { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Body { get; init; }

    public required string[] MessageTypes { get; init; }

    /// <summary>Headers as a JSON object of primitive values.</summary>
    public required string HeadersJson { get; init; }

    public Guid? MessageId { get; init; }

    public Guid? CorrelationId { get; init; }

    public Guid? ConversationId { get; init; }

    public Guid? InitiatorId { get; init; }

    public Guid? RequestId { get; init; }

    public Uri? SourceAddress { get; init; }

    public Uri? ResponseAddress { get; init; }

    public Uri? FaultAddress { get; init; }

    public DateTime? ExpirationTime { get; init; }

    public int Attempts { get; init; }
}
