using System.Text.Json;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// Turns one lifecycle event into deliveries: the generation is updated with results' own rules (so <c>data</c> is what
/// results' GET answers, through results' <see cref="TenantView"/>), then one delivery per enabled endpoint of the tenant
/// that subscribed to the event, and for a terminal event one to the request's <c>callback.url</c>.
/// </summary>
public sealed class WebhookFanOut(IWebhookStore store, TenantView view, TimeProvider time, IOptions<WebhooksOptions> options)
{
    public async Task HandleAsync(GenerationChange change, string? eventType, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var now = time.GetUtcNow();
        var record = await store.MergeAsync(change, now, cancellationToken);
        if (eventType is null)
        {
            return;
        }

        var tenantId = record.TenantId ?? throw new GenerationNotRecordedException(change.GenerationId);
        var payload = JsonSerializer.Serialize(
            new WebhookEventBody { Type = eventType, Timestamp = change.OccurredAt ?? now, Data = view.Of(record) },
            JsonSerializerOptions.Web);
        var retryUntil = now + options.Value.RetryPeriod;
        WebhookDelivery New(string id, Guid? endpointId, Uri url) => new()
        {
            Id = id,
            TenantId = tenantId,
            EndpointId = endpointId,
            Url = url,
            GenerationId = change.GenerationId,
            EventType = eventType,
            Payload = payload,
            Status = DeliveryStatus.Pending,
            Attempts = 0,
            NextAttemptAt = now,
            CreatedAt = now,
            RetryUntil = retryUntil,
        };

        var deliveries = (await store.ListEndpointsAsync(tenantId, cancellationToken))
            .Where(endpoint => endpoint.DisabledAt is null && endpoint.Events.Contains(eventType, StringComparer.Ordinal))
            .Select(endpoint => New(DeliveryIds.For(messageId, endpoint.Id.ToString("N")), endpoint.Id, endpoint.Url))
            .ToList();
        if (WebhookEventTypes.Terminal.Contains(eventType) && CallbackUrl(record) is { } callback)
        {
            deliveries.Add(New(DeliveryIds.For(messageId, DeliveryIds.CallbackTarget), null, callback));
        }

        await store.EnqueueAsync(deliveries, options.Value.ProgressInterval, cancellationToken);
    }

    static Uri? CallbackUrl(GenerationRecord record) =>
        record.Request is { ValueKind: JsonValueKind.Object } request
        && request.TryGetProperty("callback", out var callback) && callback.ValueKind == JsonValueKind.Object
        && callback.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
        && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var target)
            ? target
            : null;
}
