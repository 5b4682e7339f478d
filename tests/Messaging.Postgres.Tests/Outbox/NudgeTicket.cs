namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Counts one nudge; the saga publishes TicketNudged with the note.</summary>
public sealed record NudgeTicket
{
    public required Guid CorrelationId { get; init; }

    public required string Note { get; init; }
}
