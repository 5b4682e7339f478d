namespace GenerationGateway.Webhooks.Api;

/// <summary>A webhook endpoint as its tenant sees it: no secret.</summary>
public sealed record WebhookEndpointView
{
    public required Guid Id { get; init; }

    public required Uri Url { get; init; }

    public required IReadOnlyList<string> Events { get; init; }

    public required bool Enabled { get; init; }

    public DateTimeOffset? DisabledAt { get; init; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public static WebhookEndpointView Of(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new()
        {
            Id = endpoint.Id,
            Url = endpoint.Url,
            Events = endpoint.Events,
            Enabled = endpoint.DisabledAt is null,
            DisabledAt = endpoint.DisabledAt,
            PreviousSecretExpiresAt = endpoint.PreviousSecretExpiresAt,
            CreatedAt = endpoint.CreatedAt,
        };
    }
}
