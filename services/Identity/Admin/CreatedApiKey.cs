namespace GenerationGateway.Identity.Admin;

/// <summary>The answer to <c>POST /v1/admin/api-keys</c>: the only time the key itself is shown.</summary>
public sealed record CreatedApiKey
{
    public required Guid Id { get; init; }

    /// <summary>The secret (<c>gw_…</c>); the gateway keeps only its hash.</summary>
    public required string Key { get; init; }

    public required string TenantId { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
