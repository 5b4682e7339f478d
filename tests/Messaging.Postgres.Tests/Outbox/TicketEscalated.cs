namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Published to a topic exchange with the team as routing key; the test's events queue binds only <see cref="RoutedTeam"/>.</summary>
public sealed record TicketEscalated
{
    public const string RoutedTeam = "tier2";

    public required Guid CorrelationId { get; init; }

    public required string Team { get; init; }
}
