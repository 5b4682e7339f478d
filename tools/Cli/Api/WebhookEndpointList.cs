namespace GenerationGateway.Cli.Api;

/// <summary><c>GET /v1/webhooks</c>.</summary>
public sealed record WebhookEndpointList
{
    public IReadOnlyList<WebhookEndpoint> Items { get; init; } = [];
}
