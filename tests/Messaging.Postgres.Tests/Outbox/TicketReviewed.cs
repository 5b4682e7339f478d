namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The review consumer's response to ReviewTicket.</summary>
public sealed record TicketReviewed
{
    public required Guid CorrelationId { get; init; }
}
