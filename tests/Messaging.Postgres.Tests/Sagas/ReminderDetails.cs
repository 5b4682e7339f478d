namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

/// <summary>A nested record with required members, as saga instances keep their triggering request.</summary>
public sealed record ReminderDetails
{
    public required string Title { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public Dictionary<string, string> Labels { get; init; } = [];
}
