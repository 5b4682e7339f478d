namespace GenerationGateway.Cli.Api;

/// <summary>Body of <c>POST /v1/admin/api-keys</c>.</summary>
public sealed record CreateApiKeyRequest(string TenantId, string Name, IReadOnlyList<string> Scopes);
