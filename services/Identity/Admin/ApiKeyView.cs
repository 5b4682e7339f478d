using GenerationGateway.Identity.Keys;

namespace GenerationGateway.Identity.Admin;

/// <summary>An API key as the admin API shows it: never the key, never its hash.</summary>
public sealed record ApiKeyView
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool Revoked => RevokedAt is not null;

    public static ApiKeyView Of(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new()
        {
            Id = key.Id,
            TenantId = key.TenantId,
            Name = key.Name,
            Scopes = key.Scopes,
            CreatedAt = key.CreatedAt,
            LastUsedAt = key.LastUsedAt,
            RevokedAt = key.RevokedAt,
        };
    }
}
