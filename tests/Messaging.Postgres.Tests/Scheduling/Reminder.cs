namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

public sealed record Reminder
{
    public required Guid ReminderId { get; init; }

    public required string Text { get; init; }
}
