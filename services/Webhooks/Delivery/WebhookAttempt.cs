namespace GenerationGateway.Webhooks.Delivery;

/// <summary>One attempt of a delivery: when, how long, and what came back.</summary>
public sealed record WebhookAttempt
{
    public required string DeliveryId { get; init; }

    public required int Number { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required double DurationMs { get; init; }

    /// <summary>The target's status code, or null when no answer came (timeout, refused, network).</summary>
    public int? StatusCode { get; init; }

    public string? Error { get; init; }
}
