namespace GenerationGateway.Identity.Admin;

/// <summary>Body of <c>POST /v1/admin/api-keys</c>.</summary>
public sealed record CreateApiKeyRequest
{
    public string? TenantId { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string?>? Scopes { get; init; }
}
