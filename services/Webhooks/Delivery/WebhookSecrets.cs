using System.Security.Cryptography;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>New signing secrets: <c>whsec_</c> + base64 of 32 random bytes (the Standard Webhooks form).</summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
