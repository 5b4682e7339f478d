using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.VendorSim.Downloads;

/// <summary>HMAC-SHA256 signatures with a key made at start-up: links and tokens signed here die with the process.</summary>
public sealed class SimulatorSigner
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The base64url signature of <paramref name="data"/>.</summary>
    public string Sign(string data) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(data)));

    public bool Verify(string data, string signature) => CryptographicOperations.FixedTimeEquals(
        Encoding.ASCII.GetBytes(Sign(data)), Encoding.ASCII.GetBytes(signature));
}
