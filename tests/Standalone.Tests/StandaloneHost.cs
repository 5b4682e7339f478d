using System.Net.Sockets;
using GenerationGateway.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GenerationGateway.Standalone.Tests;

/// <summary>The embedded default composed exactly as its Program does, on a real Kestrel port of its own.</summary>
public sealed class StandaloneHost : IAsyncDisposable
{
    readonly string _root = Path.Combine(Path.GetTempPath(), "standalone-tests-" + Guid.NewGuid().ToString("N"));
    WebApplication? _app;

    public StandaloneHost()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        Port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

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
            ["Intake:Persistence"] = "InMemory",
            ["Results:Persistence"] = "InMemory",
            ["AssetStore:RootPath"] = Path.Combine(_root, "assets"),
            ["AssetStore:PublicBaseUrl"] = new Uri(BaseAddress, "v1/assets/").ToString(),
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:00.500",
            ["Vendors:Rodin:BaseUrl"] = new Uri(BaseAddress, "rodin/api/v2/").ToString(),
            ["Vendors:Rodin:ApiKey"] = "standalone-test-key",
            ["VendorSim:Rodin:ApiKey"] = "standalone-test-key",
            ["VendorSim:Rodin:WaitingDuration"] = "00:00:00.300",
            ["VendorSim:Rodin:GeneratingDuration"] = "00:00:00.500",
        });
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
