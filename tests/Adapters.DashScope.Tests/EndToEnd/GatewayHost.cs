extern alias intake;
extern alias results;
extern alias vendorsim;

using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;
using intake::GenerationGateway.Intake.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using results::GenerationGateway.Results.Api;
using vendorsim::GenerationGateway.VendorSim;

namespace GenerationGateway.Adapters.DashScope.Tests.EndToEnd;

/// <summary>
/// The gateway composed as the Standalone host composes it (intake, results, the workflow, the simulators in one
/// process on a real port), with the DashScope adapter added the way the lead adds it to Standalone:
/// <c>AddDashScopeVendor()</c> and <c>AddVendorWorkflow&lt;DashScopeVendorWorkflow&gt;(VendorKeys.DashScopeGen3d)</c>.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public static readonly TimeSpan GenerationTimeout = TimeSpan.FromSeconds(60);

    readonly WebApplication _app;
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "dashscope-gateway-" + Guid.NewGuid().ToString("N"));

    GatewayHost(IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(BaseAddress.AbsoluteUri.TrimEnd('/'));
        var configuration = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["AssetStore:RootPath"] = _assetRoot,
            ["AssetStore:PublicBaseUrl"] = new Uri(BaseAddress, "v1/assets/").AbsoluteUri,
            ["Workflow:InitialCheckDelay"] = "00:00:00.200",
            ["Workflow:MaxCheckDelay"] = "00:00:01",
            ["Vendors:DashScope:BaseUrl"] = new Uri(BaseAddress, "dashscope/").AbsoluteUri,
            ["Vendors:DashScope:ApiKey"] = "sim-dashscope-key",
            ["Vendors:DashScope:StatusInterval"] = "00:00:00.300",
            ["VendorSim:DashScope:ApiKey"] = "sim-dashscope-key",
            ["VendorSim:DashScope:PendingDuration"] = "00:00:00.500",
            ["VendorSim:DashScope:RunningDuration"] = "00:00:01",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddServiceDefaults();
        builder.AddIntake();
        builder.AddResults();
        builder.AddGenerationWorkflow();
        builder.AddDashScopeVendor();
        builder.AddVendorSimulators();
        builder.AddWorkflowMessaging("scheduler", x =>
        {
            x.AddResultsConsumers();
            x.AddVendorWorkflow<DashScopeVendorWorkflow>(VendorKeys.DashScopeGen3d);
        });
        _app = builder.Build();
        _app.MapServiceDefaults();
        _app.MapIntakeEndpoints();
        _app.MapResultsEndpoints();
        _app.MapVendorSimulators();
        Client = new HttpClient { BaseAddress = BaseAddress };
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
    public async Task<JsonObject> WaitForTerminalAsync(Guid generationId)
    {
        var deadline = DateTime.UtcNow + GenerationTimeout;
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Client.GetAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                last = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                if (last["status"]?.GetValue<string>() is "completed" or "failed" or "cancelled")
                {
                    return last;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Generation {generationId} did not end in time; last seen: {last?.ToJsonString() ?? "(nothing)"}");
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
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
