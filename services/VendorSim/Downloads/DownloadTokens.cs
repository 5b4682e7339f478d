using System.Globalization;

namespace GenerationGateway.VendorSim.Downloads;

/// <summary>
/// Signed, expiring download tokens: <c>{resourceId}.{expiresUnixMs}.{signature}</c>, the signature covering the
/// resource, the expiry and the file name. No server-side table: a token is checked by recomputing its signature.
/// </summary>
public sealed class DownloadTokens(SimulatorSigner signer)
{
    public string Create(string resourceId, string fileName, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceId);
        if (resourceId.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException("A resource id must not contain '.'.", nameof(resourceId));
        }

        var expires = expiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return $"{resourceId}.{expires}.{signer.Sign(Payload(resourceId, expires, fileName))}";
    }

    public DownloadTokenStatus Check(string token, string fileName, DateTimeOffset now, out string resourceId)
    {
        ArgumentNullException.ThrowIfNull(token);
        resourceId = string.Empty;
        var parts = token.Split('.');
        if (parts.Length != 3
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresMs)
            || !signer.Verify(Payload(parts[0], parts[1], fileName), parts[2]))
        {
            return DownloadTokenStatus.Invalid;
        }

        resourceId = parts[0];
        return now.ToUnixTimeMilliseconds() >= expiresMs ? DownloadTokenStatus.Expired : DownloadTokenStatus.Valid;
    }

    private static string Payload(string resourceId, string expires, string fileName) => $"{resourceId}\n{expires}\n{fileName}";
}
