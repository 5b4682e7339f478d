using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Callbacks;

/// <summary>
/// The <c>callback_url</c> given to the vendor for a generation:
/// <c>{PublicCallbackBaseUrl}/v1/vendor-callbacks/portrait/{generationId}?token={HMAC-SHA256(CallbackSecret, generationId)}</c>.
/// The token is the callback's only credential: the vendor signs nothing.
/// </summary>
public sealed class PortraitCallbackUrls(IOptions<PortraitOptions> options)
{
    public const string Route = "/v1/vendor-callbacks/portrait/{generationId:guid}";

    /// <summary>The URL for <paramref name="generationId"/>, or null when callbacks are not configured.</summary>
    public Uri? For(Guid generationId)
    {
        var settings = options.Value;
        if (settings.PublicCallbackBaseUrl is not { } baseUrl || settings.CallbackSecret is not { } secret)
        {
            return null;
        }

        var root = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(string.Create(CultureInfo.InvariantCulture,
            $"{root}/v1/vendor-callbacks/portrait/{generationId:D}?token={Token(secret, generationId)}"));
    }

    /// <summary>Whether <paramref name="token"/> is the one minted for <paramref name="generationId"/>.</summary>
    public bool IsValid(Guid generationId, string? token)
    {
        if (options.Value.CallbackSecret is not { } secret || string.IsNullOrEmpty(token))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(secret, generationId)), Encoding.ASCII.GetBytes(token));
    }

    static string Token(string secret, Guid generationId) => Base64Url.EncodeToString(
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(generationId.ToString("D"))));
}
