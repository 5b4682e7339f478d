namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Published when the review answered.</summary>
public sealed record TicketClosed
{
    public required Guid CorrelationId { get; init; }
}
