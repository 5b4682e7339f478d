using StandardWebhooks;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// Standard Webhooks 1.0 signatures, made with the <c>StandardWebhooks</c> package: <c>v1,&lt;base64 HMAC-SHA256 of
/// id.timestamp.body&gt;</c> per signing secret, several separated by spaces (during a secret rotation).
/// </summary>
public static class WebhookSigner
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string Sign(IReadOnlyList<string> secrets, string id, DateTimeOffset timestamp, string payload)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (secrets.Count == 0)
        {
            throw new ArgumentException("At least one signing secret is needed.", nameof(secrets));
        }

        return string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(id, timestamp, payload)));
    }
}
