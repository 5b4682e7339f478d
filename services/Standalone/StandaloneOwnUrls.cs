using GenerationGateway.Adapters.Workflow.Vendors;
using Microsoft.Extensions.Configuration.Memory;

namespace GenerationGateway.Standalone;

/// <summary>
/// Every URL the embedded default points at itself, derived from its one listen address (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c> or <c>Urls</c>): the asset base and each vendor's settings for its simulator here (base URL,
/// the simulator's credentials, callback base: <see cref="IVendorModule.SimulatorSettings"/> of every module in
/// <see cref="StandaloneVendors"/>). They sit below every other configuration source, so a setting given explicitly still wins.
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
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AssetStore:PublicBaseUrl"] = new Uri(origin, "v1/assets/").AbsoluteUri,
        };
        foreach (var vendor in StandaloneVendors.Modules)
        {
            foreach (var (key, value) in vendor.SimulatorSettings(origin))
            {
                settings.Add(key, value);
            }
        }

        return settings;
    }

    /// <summary>Adds the derived settings as the lowest-priority configuration source.</summary>
    public static void AddTo(IConfigurationBuilder configuration, string? urls)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Settings(Origin(urls)) });
    }
}
