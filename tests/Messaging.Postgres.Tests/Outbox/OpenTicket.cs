namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Starts a ticket: the saga publishes TicketOpened and TicketEscalated (routed by team) and sends ReviewTicket to the review queue.</summary>
public sealed record OpenTicket
{
    public required Guid CorrelationId { get; init; }

    public required string Title { get; init; }

    public required string Team { get; init; }
}
