namespace GenerationGateway.Cli.Api;

/// <summary>A new key: the only time the key itself is shown.</summary>
public sealed record CreatedApiKey
{
    public required Guid Id { get; init; }

    public required string Key { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
