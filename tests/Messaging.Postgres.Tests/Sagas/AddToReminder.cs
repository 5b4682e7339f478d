namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

public sealed record AddToReminder
{
    public required Guid CorrelationId { get; init; }

    public required string Note { get; init; }
}
