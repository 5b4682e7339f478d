using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The product deployed as in production: intake, the Rodin adapter and results as separate processes
/// on a real RabbitMQ (a virtual host of its own) and real PostgreSQL (a database per service), with the
/// Rodin simulator standing in for the vendor.
/// </summary>
public sealed class GatewayDeployment : IAsyncDisposable
{
    public static readonly TimeSpan GenerationTimeout = TimeSpan.FromSeconds(120);

    static readonly string[] GlbOnly = ["glb"];

    readonly List<IAsyncDisposable> _resources = [];
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "e2e-assets-" + Guid.NewGuid().ToString("N"));

    GatewayDeployment()
    {
    }

    public RabbitMqVirtualHost VirtualHost { get; private set; } = null!;

    public PostgresDatabase IntakeDatabase { get; private set; } = null!;

    public PostgresDatabase ResultsDatabase { get; private set; } = null!;

    public PostgresDatabase WorkflowDatabase { get; private set; } = null!;

    public ServiceProcess Simulator { get; private set; } = null!;

    public ServiceProcess Results { get; private set; } = null!;

    public ServiceProcess RodinAdapter { get; private set; } = null!;

    public ServiceProcess Intake { get; private set; } = null!;

    public HttpClient IntakeClient { get; private set; } = null!;

    public HttpClient ResultsClient { get; private set; } = null!;

    public HttpClient SimulatorClient { get; private set; } = null!;

    public string Description =>
        $"RabbitMQ {TestEnvironment.RabbitMqUri.Host}:{TestEnvironment.RabbitMqUri.Port} vhost '{VirtualHost.Name}', " +
        $"PostgreSQL databases {IntakeDatabase.Name}, {ResultsDatabase.Name}, {WorkflowDatabase.Name}; " +
        $"processes intake :{Intake.Port}, rodin adapter :{RodinAdapter.Port}, results :{Results.Port}, simulator :{Simulator.Port}";

    int _resultsPort;

    /// <summary>Starts the deployment; a crash point arms that service's first process (see ServiceDefaults' CrashPoint).</summary>
    public static async Task<GatewayDeployment> StartAsync(string? adapterCrashPoint = null, string? resultsCrashPoint = null)
    {
        var deployment = new GatewayDeployment();
        try
        {
            await deployment.StartServicesAsync(adapterCrashPoint, resultsCrashPoint);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    async Task StartServicesAsync(string? adapterCrashPoint, string? resultsCrashPoint)
    {
        VirtualHost = await Track(RabbitMqVirtualHost.CreateAsync());
        IntakeDatabase = await Track(PostgresDatabase.CreateAsync("e2e_intake"));
        ResultsDatabase = await Track(PostgresDatabase.CreateAsync("e2e_results"));
        WorkflowDatabase = await Track(PostgresDatabase.CreateAsync("e2e_rodin"));

        Simulator = Track(new ServiceProcess("VendorSim", new Dictionary<string, string>
        {
            ["VendorSim__Rodin__ApiKey"] = "e2e-rodin-key",
            ["VendorSim__Rodin__WaitingDuration"] = "00:00:01",
            ["VendorSim__Rodin__GeneratingDuration"] = "00:00:02",
        }));
        await Simulator.StartAsync();

        _resultsPort = ServiceProcess.FreePort();
        Results = Track(new ServiceProcess("Results.Api", Merge(ResultsEnvironment(), Armed(resultsCrashPoint)), _resultsPort));
        await Results.StartAsync();

        RodinAdapter = Track(new ServiceProcess("Adapters.Rodin", Merge(AdapterEnvironment(), Armed(adapterCrashPoint))));
        await RodinAdapter.StartAsync();

        Intake = Track(new ServiceProcess("Intake.Api", Merge(Bus(), new Dictionary<string, string>
        {
            ["ConnectionStrings__Intake"] = IntakeDatabase.ConnectionString,
        })));
        await Intake.StartAsync();

        IntakeClient = new HttpClient { BaseAddress = Intake.BaseAddress };
        ResultsClient = new HttpClient { BaseAddress = Results.BaseAddress };
        SimulatorClient = new HttpClient { BaseAddress = Simulator.BaseAddress };
    }

    /// <summary>Kills the adapter if it still runs (kill -9) and starts a fresh process, unarmed.</summary>
    public async Task ReplaceAdapterAsync()
    {
        RodinAdapter.Kill();
        RodinAdapter = Track(new ServiceProcess("Adapters.Rodin", AdapterEnvironment()));
        await RodinAdapter.StartAsync();
    }

    /// <summary>Kills results if it still runs (kill -9) and starts a fresh process on the same port, unarmed.</summary>
    public async Task ReplaceResultsAsync()
    {
        Results.Kill();
        Results = Track(new ServiceProcess("Results.Api", ResultsEnvironment(), _resultsPort));
        await Results.StartAsync();
    }

    static Dictionary<string, string> Armed(string? crashPoint) =>
        crashPoint is null ? [] : new Dictionary<string, string> { ["GATEWAY_CRASH_POINT"] = crashPoint };

    Dictionary<string, string> ResultsEnvironment() => Merge(Bus(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Results"] = ResultsDatabase.ConnectionString,
        ["AssetStore__RootPath"] = _assetRoot,
        ["AssetStore__PublicBaseUrl"] = $"http://127.0.0.1:{_resultsPort}/v1/assets/",
    });

    Dictionary<string, string> AdapterEnvironment() => Merge(Bus(), new Dictionary<string, string>
    {
        ["ConnectionStrings__Workflow"] = WorkflowDatabase.ConnectionString,
        ["Vendors__Rodin__BaseUrl"] = new Uri(Simulator.BaseAddress, "rodin/api/v2/").ToString(),
        ["Vendors__Rodin__ApiKey"] = "e2e-rodin-key",
        ["Workflow__InitialCheckDelay"] = "00:00:00.500",
        ["Workflow__MaxCheckDelay"] = "00:00:01",
        ["AssetStore__RootPath"] = _assetRoot,
        ["AssetStore__PublicBaseUrl"] = $"http://127.0.0.1:{_resultsPort}/v1/assets/",
    });

    Dictionary<string, string> Bus() => new()
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMqHost"] = TestEnvironment.RabbitMqUri.Host,
        ["Messaging__RabbitMqPort"] = TestEnvironment.RabbitMqUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging__RabbitMqVirtualHost"] = VirtualHost.Name,
        ["Messaging__RabbitMqUsername"] = TestEnvironment.RabbitMqUri.UserInfo.Split(':')[0],
        ["Messaging__RabbitMqPassword"] = TestEnvironment.RabbitMqUri.UserInfo.Split(':')[1],
    };

    static Dictionary<string, string> Merge(params IReadOnlyDictionary<string, string>[] parts)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    /// <summary>Submits a Rodin text-to-3D request through intake; returns the generation id.</summary>
    public async Task<Guid> SubmitRodinAsync(string prompt, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/generations")
        {
            Content = JsonContent.Create(new
            {
                tenantId = "e2e",
                vendor = "rodin",
                kind = "text-to-3d",
                inputs = new { prompt },
                options = new { quality = "medium", outputFormats = GlbOnly },
                vendorOptions = new { tier = "Regular" },
            }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await IntakeClient.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"Intake answered {(int)response.StatusCode}: {body}");
        Assert.NotNull(response.Headers.Location);
        return JsonDocument.Parse(body).RootElement.GetProperty("generationId").GetGuid();
    }

    /// <summary>Polls results until the generation reaches <paramref name="status"/>.</summary>
    public async Task WaitForStatusAsync(Guid generationId, string status)
    {
        var deadline = DateTime.UtcNow + GenerationTimeout;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await ResultsClient.GetAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
            if (response.IsSuccessStatusCode
                && JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"]?.GetValue<string>() == status)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Generation {generationId} never reached {status}.");
    }

    /// <summary>Polls results until the generation reaches a terminal status (or the timeout passes).</summary>
    public async Task<JsonObject> WaitForTerminalAsync(Guid generationId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? GenerationTimeout);
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await ResultsClient.GetAsync(new Uri($"v1/generations/{generationId}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                last = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                if (last["status"]?.GetValue<string>() is "completed" or "failed" or "cancelled")
                {
                    return last;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Generation {generationId} did not end in time; last seen: {last?.ToJsonString() ?? "(nothing)"}\n" +
            $"--- adapter ---\n{RodinAdapter.Output}\n--- results ---\n{Results.Output}\n--- intake ---\n{Intake.Output}");
    }

    /// <summary>How many paid submits the simulator received.</summary>
    public async Task<int> SubmitCountAsync() =>
        (await SimulatorRequestsAsync()).Count(r =>
            r!["method"]!.GetValue<string>() == "POST" && r["path"]!.GetValue<string>().EndsWith("/rodin", StringComparison.Ordinal));

    /// <summary>Rows results holds for a generation: (generations rows, completed rows, asset rows).</summary>
    public async Task<(long Rows, long Completed, long Assets)> ResultRowsAsync(Guid generationId) =>
        (await ResultsDatabase.ScalarAsync<long>($"SELECT count(*) FROM results.generations WHERE id = '{generationId}'"),
         await ResultsDatabase.ScalarAsync<long>($"SELECT count(*) FROM results.generations WHERE id = '{generationId}' AND status = 'completed'"),
         await ResultsDatabase.ScalarAsync<long>($"SELECT count(*) FROM results.generation_assets WHERE generation_id = '{generationId}'"));

    /// <summary>The requests the simulator received from the adapter.</summary>
    public async Task<JsonArray> SimulatorRequestsAsync() =>
        (JsonArray)JsonNode.Parse(await SimulatorClient.GetStringAsync(new Uri("_sim/requests?vendor=rodin", UriKind.Relative)))!;

    T Track<T>(T resource)
        where T : IAsyncDisposable
    {
        _resources.Add(resource);
        return resource;
    }

    async Task<T> Track<T>(Task<T> resource)
        where T : IAsyncDisposable => Track(await resource);

    public async ValueTask DisposeAsync()
    {
        IntakeClient?.Dispose();
        ResultsClient?.Dispose();
        SimulatorClient?.Dispose();
        for (var index = _resources.Count - 1; index >= 0; index--)
        {
            await _resources[index].DisposeAsync();
        }

        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }
}
