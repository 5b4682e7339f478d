namespace GenerationGateway.Cli.Api;

/// <summary>Body of <c>POST /v1/webhooks</c>.</summary>
public sealed record CreateWebhookRequest(string Url, IReadOnlyList<string> Events);
