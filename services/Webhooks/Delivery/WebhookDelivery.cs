namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// One event for one target: a registered endpoint, or a per-request <c>callback.url</c> (<see cref="EndpointId"/> null).
/// <see cref="Id"/> is the <c>webhook-id</c> sent with every attempt.
/// </summary>
public sealed record WebhookDelivery
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    /// <summary>The registered endpoint; null for a per-request callback (signed with the tenant's first endpoint's secrets).</summary>
    public Guid? EndpointId { get; init; }

    public required Uri Url { get; init; }

    public required Guid GenerationId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The exact body sent on every attempt.</summary>
    public required string Payload { get; init; }

    public required DeliveryStatus Status { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset NextAttemptAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Failed attempts are retried until then (<c>Webhooks:RetryPeriod</c> after creation, or after a redelivery was asked for).</summary>
    public required DateTimeOffset RetryUntil { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Why the last attempt failed: the status code or a short reason, never an address.</summary>
    public string? LastError { get; init; }
}
