using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Portrait.Tests.Infrastructure;

/// <summary>
/// The portrait adapter's own host (its <c>Program</c>) in-process, talking to the in-process simulator (and the
/// stub photo host), and receiving the simulator's callbacks. Assets land in a temporary folder.
/// </summary>
public sealed class PortraitAdapterFactory : WebApplicationFactory<Program>
{
    public const string CallbackSecret = "test-portrait-callback-secret";

    readonly PortraitSimulator _simulator;
    readonly StubPhotoHost _photos;
    readonly Dictionary<string, string?> _settings;
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "portrait-assets-" + Guid.NewGuid().ToString("N"));

    public PortraitAdapterFactory(PortraitSimulator simulator, StubPhotoHost photos, IDictionary<string, string?>? overrides = null)
    {
        _simulator = simulator;
        _photos = photos;
        _settings = PortraitAdapterHost.Settings(simulator);
        _settings["Vendors:Portrait:PublicCallbackBaseUrl"] = "http://gateway.test";
        _settings["Vendors:Portrait:CallbackSecret"] = CallbackSecret;
        _settings["Vendors:Portrait:TrainingPollInterval"] = "00:00:00.300";
        _settings["Vendors:Portrait:GenerationPollInterval"] = "00:00:00.300";
        _settings["Workflow:InitialCheckDelay"] = "00:00:00.200";
        _settings["Workflow:MaxCheckDelay"] = "00:00:00.500";
        _settings["AssetStore:RootPath"] = _assetRoot;
        _settings["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Starts the host and points the simulator's callbacks at it.</summary>
    public void Start()
    {
        _ = Server;
        _simulator.CallbackTarget = Server.CreateHandler();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new SplitHandler(_simulator.CreateHandler(), _photos, _simulator.Host))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }
}
