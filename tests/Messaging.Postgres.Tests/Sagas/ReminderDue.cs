namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

public sealed record ReminderDue
{
    public required Guid CorrelationId { get; init; }
}
