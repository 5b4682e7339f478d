namespace GenerationGateway.Webhooks.Api;

/// <summary>The body of <c>POST /v1/webhooks</c>.</summary>
public sealed record CreateWebhookRequest
{
    public string? Url { get; init; }

    public IReadOnlyList<string>? Events { get; init; }
}
