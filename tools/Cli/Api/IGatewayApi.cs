using Refit;

namespace GenerationGateway.Cli.Api;

/// <summary>The gateway's public API as the CLI calls it (README, "API reference"; <c>/openapi/v1.json</c>).</summary>
public interface IGatewayApi
{
    [Post("/v1/generations")]
    Task<AcceptedGeneration> SubmitAsync([Body] SubmitRequest request, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/v1/generations/{id}")]
    Task<Generation> GetAsync(Guid id, CancellationToken cancellationToken);

    [Get("/v1/generations")]
    Task<GenerationPage> ListAsync(string? status, string? vendor, int? page, int? pageSize, CancellationToken cancellationToken);

    [Delete("/v1/generations/{id}")]
    Task CancelAsync(Guid id, string? reason, CancellationToken cancellationToken);

    /// <summary>One generation's Server-Sent Events; <paramref name="lastEventId"/> resumes after that event.</summary>
    [Get("/v1/generations/{id}/events")]
    [Headers("Accept: text/event-stream")]
    Task<Stream> EventsAsync(Guid id, [Header("Last-Event-ID")] string? lastEventId, CancellationToken cancellationToken);

    [Get("/v1/vendors/{vendor}/styles")]
    Task<StyleCatalogue> StylesAsync(string vendor, CancellationToken cancellationToken);

    [Get("/v1/admin/api-keys")]
    Task<IReadOnlyList<ApiKeyView>> ListKeysAsync(string? tenantId, CancellationToken cancellationToken);

    [Post("/v1/admin/api-keys")]
    Task<CreatedApiKey> CreateKeyAsync([Body] CreateApiKeyRequest request, CancellationToken cancellationToken);

    [Delete("/v1/admin/api-keys/{id}")]
    Task RevokeKeyAsync(Guid id, CancellationToken cancellationToken);

    [Get("/v1/admin/tenants/{tenantId}/quota")]
    Task<TenantQuota> GetQuotaAsync(string tenantId, CancellationToken cancellationToken);

    [Put("/v1/admin/tenants/{tenantId}/quota")]
    Task<TenantQuota> SetQuotaAsync(string tenantId, [Body] QuotaOverride quota, CancellationToken cancellationToken);

    [Get("/v1/webhooks")]
    Task<WebhookEndpointList> ListWebhooksAsync(CancellationToken cancellationToken);

    [Post("/v1/webhooks")]
    Task<WebhookSecretAnswer> CreateWebhookAsync([Body] CreateWebhookRequest request, CancellationToken cancellationToken);

    [Delete("/v1/webhooks/{id}")]
    Task DeleteWebhookAsync(Guid id, CancellationToken cancellationToken);

    [Post("/v1/webhooks/{id}/rotate-secret")]
    Task<WebhookSecretAnswer> RotateWebhookSecretAsync(Guid id, CancellationToken cancellationToken);
}
