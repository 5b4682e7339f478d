namespace GenerationGateway.Webhooks.Api;

/// <summary>A tenant's registered webhook endpoint, as stored (secrets included: never answer this type).</summary>
public sealed record WebhookEndpoint
{
    public required Guid Id { get; init; }

    public required string TenantId { get; init; }

    public required Uri Url { get; init; }

    public required IReadOnlyList<string> Events { get; init; }

    /// <summary><c>whsec_</c> + base64 of 32 random bytes.</summary>
    public required string Secret { get; init; }

    /// <summary>The secret before the last rotation, signing beside <see cref="Secret"/> until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecret { get; init; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    /// <summary>Set when the endpoint answered 410 Gone: nothing is sent to it any more.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The secrets that sign a delivery at <paramref name="now"/>: the current one, and the previous one during the overlap.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];
}
