using GenerationGateway.TestSupport.Egress;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.TestSupport.Adapters;

/// <summary>
/// An adapter's own host, composed exactly as its <c>Program</c> composes it, in-process on the given settings. Every
/// HttpClient gets its primary handler from the test; assets land in a temporary folder, deleted on dispose.
/// </summary>
/// <typeparam name="TEntryPoint">A type of the adapter's assembly (its vendor workflow, say).</typeparam>
public sealed class AdapterFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    readonly TemporaryFolder _assets = new("adapter-assets");
    readonly Dictionary<string, string?> _settings;
    readonly Func<HttpMessageHandler> _handler;

    /// <param name="settings">The configuration; <c>AssetStore:*</c> defaults to the temporary folder.</param>
    /// <param name="handler">Makes each HttpClient's primary handler (a <see cref="Simulators.RoutingHandler"/>).</param>
    public AdapterFactory(IEnumerable<KeyValuePair<string, string?>> settings, Func<HttpMessageHandler> handler)
    {
        _settings = new Dictionary<string, string?>(TestEgress.LoopbackAllowed)
        {
            ["AssetStore:RootPath"] = _assets.Path,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        _handler = handler;
    }

    /// <summary>Starts the host (it starts lazily otherwise, on first use).</summary>
    public void Start() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => 
        {
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(_handler));
            services.RouteEgressThrough(_handler);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _assets.Dispose();
        }
    }
}
