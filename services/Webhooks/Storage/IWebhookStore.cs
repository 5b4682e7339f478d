using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Api;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>Endpoints, the generation snapshots the bodies are made of, deliveries and their attempts.</summary>
public interface IWebhookStore
{
    Task AddEndpointAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(string tenantId, CancellationToken cancellationToken);

    Task<WebhookEndpoint?> FindEndpointAsync(string tenantId, Guid id, CancellationToken cancellationToken);

    /// <summary>Removes the endpoint; its pending deliveries end as <see cref="DeliveryStatus.EndpointDisabled"/>.</summary>
    Task<bool> DeleteEndpointAsync(string tenantId, Guid id, CancellationToken cancellationToken);

    /// <summary>The new secret signs from now on; the current one becomes the previous one until <paramref name="previousExpiresAt"/>.</summary>
    Task<WebhookEndpoint?> RotateSecretAsync(string tenantId, Guid id, string secret, DateTimeOffset previousExpiresAt, CancellationToken cancellationToken);

    /// <summary>After a 410: the endpoint is disabled and its pending deliveries end as <see cref="DeliveryStatus.EndpointDisabled"/>.</summary>
    Task DisableEndpointAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Applies one lifecycle change to the stored generation (results' own rules) and answers the record after it.</summary>
    Task<GenerationRecord> MergeAsync(GenerationChange change, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Stores new deliveries; one whose id exists already is left as it is (a redelivered event). A progress delivery
    /// replaces the payload of one not yet attempted for the same generation and target, else it is due no sooner than
    /// <paramref name="progressInterval"/> after the last one.
    /// </summary>
    Task EnqueueAsync(IReadOnlyList<WebhookDelivery> deliveries, TimeSpan progressInterval, CancellationToken cancellationToken);

    /// <summary>Claims up to <paramref name="limit"/> due pending deliveries: each is due again after <paramref name="lease"/>, so another replica skips it meanwhile.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken);

    /// <summary>The endpoint whose secrets sign a delivery: its own, or for a callback the tenant's oldest enabled endpoint.</summary>
    Task<WebhookEndpoint?> SigningEndpointAsync(string tenantId, Guid? endpointId, CancellationToken cancellationToken);

    /// <summary>Records an attempt and the delivery's state after it.</summary>
    Task RecordAttemptAsync(WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string tenantId, Guid? endpointId, Guid? generationId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookAttempt>> ListAttemptsAsync(IReadOnlyCollection<string> deliveryIds, CancellationToken cancellationToken);

    /// <summary>Makes a delivery of the tenant due now, with a fresh retry period; the same <c>webhook-id</c>.</summary>
    Task<WebhookDelivery?> RedeliverAsync(string tenantId, string deliveryId, DateTimeOffset now, DateTimeOffset retryUntil, CancellationToken cancellationToken);

    /// <summary>Pending deliveries and the creation time of the oldest, for the backlog gauges.</summary>
    Task<(long Pending, DateTimeOffset? Oldest)> BacklogAsync(CancellationToken cancellationToken);
}
