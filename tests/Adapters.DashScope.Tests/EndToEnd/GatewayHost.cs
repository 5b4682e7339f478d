using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.Standalone;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GenerationGateway.Adapters.DashScope.Tests.EndToEnd;

/// <summary>
/// The embedded default (services/Standalone) composed exactly as its Program composes it: intake, results, the
/// workflow with every vendor's adapter and the simulators in one process, on a real port of its own. Driven here
/// through DashScope; every vendor points at its simulator here by its module's own settings (derived from this host's address).
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public static readonly TimeSpan GenerationTimeout = TimeSpan.FromSeconds(60);

    readonly TemporaryFolder _root = new("dashscope-gateway");
    readonly WebApplication _app;

    GatewayHost(IReadOnlyDictionary<string, string?> settings)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StandaloneHostingExtensions).Assembly.GetName().Name,
            ContentRootPath = _root.Path,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls(BaseAddress.AbsoluteUri.TrimEnd('/'));
        builder.Configuration.AddInMemoryCollection(Settings(Path.Combine(_root.Path, "assets")));
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddStandalone();
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapStandaloneEndpoints();
        var key = new Lazy<Task<string>>(() => TestApiKeys.AddAsync(_app.Services, "e2e"));
        Client = new HttpClient(new BearerKeyHandler(async (_, _) => await key.Value) { InnerHandler = new HttpClientHandler() }) { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static async Task<GatewayHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var host = new GatewayHost(settings);
        await host._app.StartAsync();
        return host;
    }

    /// <summary>The README's example: a character from one photo; answers the generation id.</summary>
    public async Task<Guid> SubmitAsync(string photoUrl = "https://images.test/person.jpg")
    {
        using var response = await Client.PostAsJsonAsync("v1/generations", new
        {
            tenantId = "e2e",
            vendor = "dashscope-gen3d",
            kind = "character-from-photo",
            inputs = new { images = new[] { new { url = photoUrl } } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Intake answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["generationId"]!.GetValue<Guid>();
    }

    /// <summary>Polls results until the generation ends (or the timeout passes).</summary>
    public Task<JsonObject> WaitForTerminalAsync(Guid generationId)
    {
        JsonObject? last = null;
        return Eventually.ValueAsync(
            async () =>
            {
                using var response = await Client.GetAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
                last = response.IsSuccessStatusCode ? (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())! : last;
                return last?["status"]?.GetValue<string>() is "completed" or "failed" or "cancelled" ? last : null;
            },
            GenerationTimeout,
            () => $"Generation {generationId} did not end; last seen: {last?.ToJsonString() ?? "(nothing)"}",
            TimeSpan.FromMilliseconds(200));
    }

    public async Task<JsonArray> SimulatorRequestsAsync() =>
        (JsonArray)JsonNode.Parse(await Client.GetStringAsync(new Uri("_sim/requests?vendor=dashscope", UriKind.Relative)))!;

    public async Task FaultAsync(object fault)
    {
        using var response = await Client.PostAsJsonAsync("_sim/dashscope/faults", fault);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _root.Dispose();
    }

    static Dictionary<string, string?> Settings(string assetRoot)
    {
        return new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Auth:AdminKey"] = TestApiKeys.AdminKey,
            ["Identity:Persistence"] = "InMemory",
            // The webhook service rides along in the embedded default; these tests do not exercise it.
            ["Webhooks:Persistence"] = "InMemory",
            ["Assets:SigningKey"] = TestApiKeys.AssetSigningKey,
            ["VendorSim:EnableControlApi"] = "true", // the tests script faults and read the request log
            ["AssetStore:RootPath"] = assetRoot,
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:01",
            ["Vendors:DashScope:StatusInterval"] = "00:00:00.300",
            ["VendorSim:DashScope:PendingDuration"] = "00:00:00.500",
            ["VendorSim:DashScope:RunningDuration"] = "00:00:01",
        };
    }
}
