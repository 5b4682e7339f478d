namespace GenerationGateway.Identity.Keys;

/// <summary>One stored API key: everything but the key itself, of which only a hash is kept.</summary>
public sealed record ApiKey
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>SHA-256 of the key (lowercase hex); the key is shown once, at creation, and never stored.</summary>
    public required string KeyHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Updated at most once per <see cref="IdentityOptions.LastUsedWriteInterval"/>.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool Revoked => RevokedAt is not null;
}
