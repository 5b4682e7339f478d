using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GenerationGateway.Webhooks.Delivery;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace GenerationGateway.Webhooks.Tests;

public sealed class WebhookSignerTests
{
    const string Payload = """{"type":"generation.completed","timestamp":"2026-12-07T10:00:00+00:00","data":{"id":"x"}}""";

    [Fact]
    public void A_signature_is_v1_and_the_base64_HMAC_SHA256_of_id_timestamp_and_body()
    {
        var secret = WebhookSecrets.Create();
        var timestamp = DateTimeOffset.FromUnixTimeSeconds(1_765_101_600);

        var signature = WebhookSigner.Sign([secret], "msg_1", timestamp, Payload);

        var key = Convert.FromBase64String(secret[WebhookSecrets.Prefix.Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"msg_1.1765101600.{Payload}")));
        Assert.Equal($"v1,{expected}", signature);
    }

    [Fact]
    public void The_Standard_Webhooks_verifier_accepts_a_signed_delivery_and_rejects_a_changed_body()
    {
        var secret = WebhookSecrets.Create();
        var headers = Signed([secret], Payload);

        new StandardWebhook(secret).Verify(Payload, headers);
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(secret).Verify(Payload.Replace("x", "y", StringComparison.Ordinal), headers));
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(WebhookSecrets.Create()).Verify(Payload, headers));
    }

    /// <summary>
    /// The specification lets a receiver accept any of the space-separated signatures. The StandardWebhooks package (1.1.2)
    /// checks only the first one, so the newest secret signs first (a receiver on that package switches to it when it
    /// rotates), and each signature is checked here on its own with the package as well.
    /// </summary>
    [Fact]
    public void During_a_rotation_both_secrets_sign_newest_first_and_each_signature_verifies()
    {
        var previous = WebhookSecrets.Create();
        var current = WebhookSecrets.Create();
        var headers = Signed([current, previous], Payload);
        var signatures = headers["webhook-signature"].ToString().Split(' ');

        Assert.Equal(2, signatures.Length);
        new StandardWebhook(current).Verify(Payload, headers);
        headers["webhook-signature"] = signatures[1];
        new StandardWebhook(previous).Verify(Payload, headers);
        headers["webhook-signature"] = signatures[0];
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(previous).Verify(Payload, headers));
    }

    static HeaderDictionary Signed(IReadOnlyList<string> secrets, string payload)
    {
        var now = DateTimeOffset.UtcNow;
        return new HeaderDictionary
        {
            ["webhook-id"] = "msg_2",
            ["webhook-timestamp"] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["webhook-signature"] = WebhookSigner.Sign(secrets, "msg_2", now, payload),
        };
    }
}
