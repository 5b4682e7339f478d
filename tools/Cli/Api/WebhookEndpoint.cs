namespace GenerationGateway.Cli.Api;

/// <summary>A webhook endpoint of the tenant (never its secret).</summary>
public sealed record WebhookEndpoint
{
    public required Guid Id { get; init; }

    public required Uri Url { get; init; }

    public IReadOnlyList<string> Events { get; init; } = [];

    public bool Enabled { get; init; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
