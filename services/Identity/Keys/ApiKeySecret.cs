using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.Identity.Keys;

/// <summary>
/// API keys as handed out: <c>gw_</c> and 32 random bytes in base64url (43 characters). Keys have full entropy, so a
/// plain SHA-256 is the right hash (a slow password hash would add nothing but latency).
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "gw_";

    const int RandomBytes = 32;

    static readonly int EncodedLength = Base64Url.GetEncodedLength(RandomBytes);

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Whether <paramref name="value"/> has the shape of a generated key (checked before any lookup).</summary>
    public static bool IsWellFormed(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == Prefix.Length + EncodedLength
            && value.StartsWith(Prefix, StringComparison.Ordinal)
            && Base64Url.IsValid(value.AsSpan(Prefix.Length));
    }

    /// <summary>SHA-256 of the key's UTF-8 bytes, lowercase hex.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
