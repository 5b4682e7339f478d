namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

/// <summary>A <see cref="Reminder"/> as its consumer saw it.</summary>
public sealed record ReceivedReminder(
    Guid ReminderId,
    string Text,
    Guid? SchedulingTokenId,
    Guid? MessageId,
    Guid? CorrelationId,
    string? TestHeader,
    DateTime ReceivedAt);
