namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Published for every nudge the saga applied.</summary>
public sealed record TicketNudged
{
    public required Guid CorrelationId { get; init; }

    public required string Note { get; init; }

    public required int Nudges { get; init; }
}
