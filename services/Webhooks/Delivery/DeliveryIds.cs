using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// The <c>webhook-id</c> of a delivery: derived from the bus message id and the target, so an event the bus delivers
/// twice makes the same delivery once, and every retry carries the same id.
/// </summary>
public static class DeliveryIds
{
    public const string CallbackTarget = "callback";

    public static string For(Guid messageId, string target)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{messageId:N}|{target}"));
        return "msg_" + new Guid(hash.AsSpan(0, 16)).ToString("N");
    }
}
