using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// The embedded default composed exactly as its Program does, on a real Kestrel port of its own; <paramref name="settings"/>
/// override its test configuration. Each vendor's base URL and simulator credentials come from its module
/// (<c>SimulatorSettings</c>, derived from this host's own address), so a new vendor needs no line here; the lines below
/// only make the simulators and polls faster.
/// </summary>
public sealed class StandaloneHost(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncDisposable
{
    readonly string _root = Path.Combine(Path.GetTempPath(), "standalone-tests-" + Guid.NewGuid().ToString("N"));
    WebApplication? _app;

    public int Port { get; } = FreePort.Next();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The started host's services (its endpoints, its stores).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The host has not started.");

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_root);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StandaloneHostingExtensions).Assembly.GetName().Name,
            ContentRootPath = _root,
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:Transport"] = "InMemory",
            ["Auth:AdminKey"] = TestApiKeys.AdminKey,
            ["Identity:Persistence"] = "InMemory",
            ["Assets:SigningKey"] = TestApiKeys.AssetSigningKey,
            ["VendorSim:EnableControlApi"] = "true", // the tests read the simulators' request log
            ["Intake:Persistence"] = "InMemory",
            ["Results:Persistence"] = "InMemory",
            ["Webhooks:Persistence"] = "InMemory",
            ["AssetStore:RootPath"] = Path.Combine(_root, "assets"),
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:00.500",
            ["VendorSim:Rodin:WaitingDuration"] = "00:00:00.300",
            ["VendorSim:Rodin:GeneratingDuration"] = "00:00:00.500",
            ["Vendors:Hunyuan:StatusInterval"] = "00:00:01",
            ["VendorSim:SeaArt:InQueueDuration"] = "00:00:00.200",
            ["VendorSim:SeaArt:GeneratingDuration"] = "00:00:00.500",
            ["Vendors:DashScope:StatusInterval"] = "00:00:00.200",
            ["VendorSim:DashScope:PendingDuration"] = "00:00:00.200",
            ["VendorSim:DashScope:RunningDuration"] = "00:00:00.500",
            ["Vendors:Aholo:UploadStatusInterval"] = "00:00:00.200",
            ["Vendors:Aholo:StatusInterval"] = "00:00:00.200",
            ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:00.100",
            ["VendorSim:Aholo:QueuedDuration"] = "00:00:00.200",
            ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:00.200",
            ["VendorSim:Aholo:WaitingDuration"] = "00:00:00.200",
            ["VendorSim:Aholo:RunningDuration"] = "00:00:00.300",
            ["Vendors:Portrait:TrainingPollInterval"] = "00:00:00.300",
            ["Vendors:Portrait:GenerationPollInterval"] = "00:00:00.300",
            ["VendorSim:Portrait:TrainingWaitingDuration"] = "00:00:00.200",
            ["VendorSim:Portrait:TrainingRunningDuration"] = "00:00:00.500",
            ["VendorSim:Portrait:GenerationWaitingDuration"] = "00:00:00.200",
            ["VendorSim:Portrait:GenerationRunningDuration"] = "00:00:00.300",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseUrls(BaseAddress.ToString().TrimEnd('/'));
        builder.AddServiceDefaults();
        builder.AddStandalone();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapStandaloneEndpoints();
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
