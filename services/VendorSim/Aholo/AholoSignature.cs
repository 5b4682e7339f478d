using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.VendorSim.Aholo;

/// <summary>The Kujiale open-platform signature: lowercase hex MD5 of <c>secret + appkey + appuid + timestamp</c> (docs/vendors/aholo.md §2).</summary>
public static class AholoSignature
{
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "The vendor's protocol is MD5.")]
    public static string Compute(string secret, string appKey, string appUid, string timestamp) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(secret + appKey + appUid + timestamp)));
}
