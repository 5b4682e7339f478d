namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// An upload token (valid 10 minutes, one upload) and where to use it. <paramref name="Origin"/> is
/// <c>{scheme}://{globalDomain}</c> for a bare host with an optional path, as seed 000 builds it (the scheme is
/// <see cref="AholoOptions.UploadScheme"/>), or the origin itself when the vendor gives one.
/// </summary>
public sealed record AholoUploadToken(string Token, Uri Origin, int BlockSize)
{
    /// <summary>The upload host's URL for <paramref name="path"/> (e.g. <c>single/upload</c>).</summary>
    public Uri Endpoint(string path) => ForOrigin(Origin, path);

    public static Uri ForOrigin(Uri origin, string path)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return new Uri($"{origin.AbsoluteUri.TrimEnd('/')}/ous/api/v2/{path}", UriKind.Absolute);
    }

    /// <summary>
    /// The origin a token answer's <c>globalDomain</c> names: a bare host (with an optional path) over
    /// <paramref name="scheme"/>, as the seed builds it; an absolute http(s) URL as it is.
    /// </summary>
    public static Uri OriginOf(string globalDomain, string scheme)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(globalDomain);
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        return globalDomain.Contains("://", StringComparison.Ordinal)
            && Uri.TryCreate(globalDomain, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : new Uri($"{scheme}://{globalDomain.Trim().TrimEnd('/')}", UriKind.Absolute);
    }
}
