namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// An upload token (valid 10 minutes, one upload) and where to use it. <paramref name="Origin"/> is
/// <c>https://{globalDomain}</c> for a bare host (the seed) or the origin itself when the vendor gives one.
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

    /// <summary>The origin a token answer's <c>globalDomain</c> names: an absolute http(s) URL as is, a bare host over https.</summary>
    public static Uri OriginOf(string globalDomain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(globalDomain);
        return Uri.TryCreate(globalDomain, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : new Uri($"https://{globalDomain.Trim().TrimEnd('/')}", UriKind.Absolute);
    }
}
