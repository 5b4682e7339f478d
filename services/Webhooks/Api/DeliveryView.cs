using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Api;

/// <summary>A delivery as its tenant sees it, with every attempt.</summary>
public sealed record DeliveryView
{
    public required string Id { get; init; }

    public Guid? EndpointId { get; init; }

    public required Uri Url { get; init; }

    public required Guid GenerationId { get; init; }

    public required string EventType { get; init; }

    public required DeliveryStatus Status { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public string? LastError { get; init; }

    public required IReadOnlyList<WebhookAttempt> Attempts { get; init; }

    public static DeliveryView Of(WebhookDelivery delivery, IEnumerable<WebhookAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new()
        {
            Id = delivery.Id,
            EndpointId = delivery.EndpointId,
            Url = delivery.Url,
            GenerationId = delivery.GenerationId,
            EventType = delivery.EventType,
            Status = delivery.Status,
            NextAttemptAt = delivery.Status == DeliveryStatus.Pending ? delivery.NextAttemptAt : null,
            CreatedAt = delivery.CreatedAt,
            DeliveredAt = delivery.DeliveredAt,
            LastError = delivery.LastError,
            Attempts = [.. attempts.Where(x => x.DeliveryId == delivery.Id).OrderBy(x => x.Number)],
        };
    }
}
