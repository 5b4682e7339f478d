using Microsoft.Extensions.Configuration.Memory;

namespace GenerationGateway.Standalone;

/// <summary>
/// Every URL the embedded default points at itself, derived from its one listen address (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c> or <c>Urls</c>): the asset base, each adapter's simulator base URL and the callback base. They
/// sit below every other configuration source, so a setting given explicitly still wins.
/// </summary>
public static class StandaloneOwnUrls
{
    /// <summary>The origin clients and the adapters reach this process at: the first listen address, a wildcard host as localhost.</summary>
    public static Uri Origin(string? urls)
    {
        var first = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://localhost:5080";
        var named = first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(named, UriKind.Absolute, out var listen))
        {
            throw new InvalidOperationException($"The listen address '{first}' (urls) is not an absolute URL.");
        }

        var host = listen.Host is "0.0.0.0" or "[::]" ? "localhost" : listen.Host;
        return new UriBuilder(listen.Scheme, host, listen.Port).Uri;
    }

    /// <summary>The settings derived from <paramref name="origin"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(Uri origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var root = origin.AbsoluteUri.TrimEnd('/');
        return new Dictionary<string, string?>
        {
            ["AssetStore:PublicBaseUrl"] = $"{root}/v1/assets/",
            ["Vendors:Aholo:BaseUrl"] = $"{root}/aholo/v2/aholo/",
            ["Vendors:DashScope:BaseUrl"] = $"{root}/dashscope/",
            ["Vendors:Hunyuan:BaseUrl"] = $"{root}/seaart/model/",
            ["Vendors:Portrait:BaseUrl"] = $"{root}/portrait/",
            ["Vendors:Portrait:PublicCallbackBaseUrl"] = root,
            ["Vendors:Rodin:BaseUrl"] = $"{root}/rodin/api/v2/",
        };
    }

    /// <summary>Adds the derived settings as the lowest-priority configuration source.</summary>
    public static void AddTo(IConfigurationBuilder configuration, string? urls)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Settings(Origin(urls)) });
    }
}
