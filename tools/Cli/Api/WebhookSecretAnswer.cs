namespace GenerationGateway.Cli.Api;

/// <summary>An endpoint with its new signing secret: the answer of a create or a rotation, the only time the secret is shown.</summary>
public sealed record WebhookSecretAnswer
{
    public required WebhookEndpoint Endpoint { get; init; }

    public required string Secret { get; init; }
}
