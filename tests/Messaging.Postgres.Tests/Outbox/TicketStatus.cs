namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The saga's response to GetTicketStatus.</summary>
public sealed record TicketStatus
{
    public required Guid CorrelationId { get; init; }

    public required string State { get; init; }

    public required int Nudges { get; init; }
}
