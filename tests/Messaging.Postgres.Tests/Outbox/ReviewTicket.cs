namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The saga's command to the review queue (CorrelationId Guid.Empty marks a test marker, never answered).</summary>
public sealed record ReviewTicket
{
    public required Guid CorrelationId { get; init; }
}
