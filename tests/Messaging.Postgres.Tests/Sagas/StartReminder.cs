namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

public sealed record StartReminder
{
    public required Guid CorrelationId { get; init; }

    public required int DelayMilliseconds { get; init; }
}
