namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Published when a ticket opens.</summary>
public sealed record TicketOpened
{
    public required Guid CorrelationId { get; init; }

    public required string Title { get; init; }
}
