namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>A request the saga answers with TicketStatus.</summary>
public sealed record GetTicketStatus
{
    public required Guid CorrelationId { get; init; }
}
