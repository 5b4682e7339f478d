using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GenerationGateway.AssetStore;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Assets;

/// <summary>
/// Signs and checks asset URLs: <c>?expires=&lt;unix seconds&gt;&amp;signature=&lt;base64url HMAC-SHA256&gt;</c> over the
/// asset's path (<c>/v1/assets/{key}</c>) and the expiry, with <see cref="AssetUrlOptions.SigningKey"/>.
/// </summary>
public sealed class AssetUrlSigner
{
    public const string ExpiresParameter = "expires";
    public const string SignatureParameter = "signature";

    const string PathPrefix = "/v1/assets/";

    readonly byte[] _key;
    readonly TimeSpan _lifetime;
    readonly Uri _publicBaseUrl;
    readonly TimeProvider _timeProvider;

    public AssetUrlSigner(IOptions<AssetUrlOptions> options, IOptions<AssetStoreOptions> store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        _key = Encoding.UTF8.GetBytes(options.Value.SigningKey ?? throw new InvalidOperationException("Assets:SigningKey is required."));
        _lifetime = options.Value.SignedUrlLifetime;
        _publicBaseUrl = store.Value.PublicBaseUrl;
        _timeProvider = timeProvider;
    }

    /// <summary>The URL with a signature valid for the configured lifetime; a URL outside the asset store is returned unchanged.</summary>
    public Uri Sign(Uri assetUrl)
    {
        ArgumentNullException.ThrowIfNull(assetUrl);
        var baseUrl = _publicBaseUrl.AbsoluteUri;
        if (!assetUrl.AbsoluteUri.StartsWith(baseUrl, StringComparison.Ordinal) || assetUrl.Query.Length > 0)
        {
            return assetUrl;
        }

        var key = Uri.UnescapeDataString(assetUrl.AbsoluteUri[baseUrl.Length..]);
        var expires = (_timeProvider.GetUtcNow() + _lifetime).ToUnixTimeSeconds();
        return new Uri(string.Create(CultureInfo.InvariantCulture,
            $"{assetUrl.AbsoluteUri}?{ExpiresParameter}={expires}&{SignatureParameter}={Signature(key, expires)}"));
    }

    /// <summary>True when <paramref name="signature"/> signs <paramref name="key"/> until <paramref name="expires"/> and that is still ahead.</summary>
    public bool IsValid(string key, string? expires, string? signature)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || expiresAt <= _timeProvider.GetUtcNow().ToUnixTimeSeconds()
            || signature is null
            || !Base64Url.IsValid(signature))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Signature(key, expiresAt)),
            Encoding.ASCII.GetBytes(signature));
    }

    string Signature(string key, long expires) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{PathPrefix}{key}\n{expires}"))));
}
