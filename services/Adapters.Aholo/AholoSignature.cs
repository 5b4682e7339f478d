using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// The Kujiale open-platform signature (docs/vendors/aholo.md §2): query parameters <c>appkey</c>, <c>timestamp</c> (ms since
/// the epoch), <c>appuid</c> and <c>sign</c> = lowercase hex MD5 of <c>appSecret + appkey + appuid + timestamp</c>.
/// </summary>
public static class AholoSignature
{
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "The vendor's protocol is MD5.")]
    public static string Sign(string appSecret, string appKey, string appUid, string timestamp) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(appSecret + appKey + appUid + timestamp)));

    /// <summary>The four auth parameters, URL-encoded, for the time <paramref name="now"/>.</summary>
    public static string Query(AholoOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sign = Sign(options.AppSecret, options.AppKey, options.AppUid, timestamp);
        return $"appuid={Uri.EscapeDataString(options.AppUid)}&appkey={Uri.EscapeDataString(options.AppKey)}&timestamp={timestamp}&sign={sign}";
    }
}
