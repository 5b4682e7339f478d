using GenerationGateway.Results.Api.Generations;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>The body of every delivery: the event type, when it happened, and the generation exactly as <c>GET /v1/generations/{id}</c> answers it.</summary>
public sealed record WebhookEventBody
{
    public required string Type { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public required GenerationRecord Data { get; init; }
}
