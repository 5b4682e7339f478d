namespace GenerationGateway.Cli.Api;

/// <summary>An API key as the admin API lists it: never the key itself.</summary>
public sealed record ApiKeyView
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Scopes { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }
}
