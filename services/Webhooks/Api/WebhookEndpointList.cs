namespace GenerationGateway.Webhooks.Api;

public sealed record WebhookEndpointList
{
    public required IReadOnlyList<WebhookEndpointView> Items { get; init; }
}
