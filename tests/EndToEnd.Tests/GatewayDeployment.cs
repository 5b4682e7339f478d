using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The product deployed as in production: intake, one adapter per vendor asked for and results as separate
/// processes on a real RabbitMQ (a virtual host of its own) and real PostgreSQL (a database per service and per
/// adapter), with the vendor simulators standing in for the vendors. Without vendors named, only Rodin runs.
/// </summary>
public sealed class GatewayDeployment : IAsyncDisposable
{
    public static readonly TimeSpan GenerationTimeout = TimeSpan.FromSeconds(120);

    static readonly string[] GlbOnly = ["glb"];

    readonly List<IAsyncDisposable> _resources = [];
    readonly List<HttpClient> _clients = [];
    readonly Dictionary<string, AdapterProcess> _adapters = new(StringComparer.Ordinal);
    readonly Dictionary<string, VendorDeployment> _notStarted = new(StringComparer.Ordinal);
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "e2e-assets-" + Guid.NewGuid().ToString("N"));
    int _resultsPort;
    RabbitMqCluster? _cluster;
    string? _receiverHostAndPort;
    DeploymentEnvironment _environment = null!;
    GenerationResults _results = null!;

    GatewayDeployment()
    {
    }

    /// <summary>The deployment's virtual host on the test broker; null on a broker of its own (<see cref="StartOnClusterAsync"/>).</summary>
    public RabbitMqVirtualHost VirtualHost { get; private set; } = null!;

    public PostgresDatabase IntakeDatabase { get; private set; } = null!;

    /// <summary>The identity store (API keys) intake and results share.</summary>
    public PostgresDatabase IdentityDatabase { get; private set; } = null!;

    /// <summary>The tenant of <see cref="IntakeClient"/> and <see cref="ResultsClient"/>.</summary>
    public const string Tenant = "e2e";

    /// <summary>The API key <see cref="IntakeClient"/> and <see cref="ResultsClient"/> send (scopes generations:write, generations:read).</summary>
    public string TenantKey { get; private set; } = null!;

    /// <summary>A client of <paramref name="service"/> that sends <paramref name="key"/> as its Bearer token.</summary>
    public static HttpClient ClientOf(ServiceProcess service, string key) =>
        new(new BearerKeyHandler(key) { InnerHandler = new HttpClientHandler() }) { BaseAddress = service.BaseAddress };

    public PostgresDatabase ResultsDatabase { get; private set; } = null!;

    /// <summary>The Rodin adapter's database.</summary>
    public PostgresDatabase WorkflowDatabase => Adapter(RodinRequestRules.Key).Database;

    public ServiceProcess Simulator { get; private set; } = null!;

    public ServiceProcess Results { get; private set; } = null!;

    /// <summary>The Rodin adapter's current process.</summary>
    public ServiceProcess RodinAdapter => Adapter(RodinRequestRules.Key).Process;

    public IReadOnlyCollection<AdapterProcess> Adapters => _adapters.Values;

    public ServiceProcess Intake { get; private set; } = null!;

    public HttpClient IntakeClient { get; private set; } = null!;

    public HttpClient ResultsClient { get; private set; } = null!;

    public HttpClient SimulatorClient { get; private set; } = null!;

    public string Description =>
        (_cluster is not null ? $"RabbitMQ cluster {_cluster.Description}, " : $"RabbitMQ {TestEnvironment.RabbitMqUri.Host}:{TestEnvironment.RabbitMqUri.Port} vhost '{VirtualHost.Name}', ") +
        $"PostgreSQL databases {IntakeDatabase.Name}, {ResultsDatabase.Name}, {string.Join(", ", Adapters.Select(a => a.Database.Name))}; " +
        $"processes intake :{Intake.Port}, {string.Join(", ", Adapters.Select(a => $"{a.Vendor} adapter :{a.Port}"))}, " +
        $"results :{Results.Port}, simulator :{Simulator.Port}";

    /// <summary>Starts a deployment with the Rodin adapter; a fault point (FaultPoints) arms that service's first process, run under the test-only fault host.</summary>
    public static Task<GatewayDeployment> StartAsync(string? adapterCrashPoint = null, string? resultsCrashPoint = null) =>
        StartAsync([new RodinDeployment()], adapterCrashPoint, resultsCrashPoint);

    /// <summary>Starts a deployment with one adapter process per vendor; an adapter fault point arms each adapter's first process.</summary>
    public static Task<GatewayDeployment> StartAsync(
        IReadOnlyList<VendorDeployment> vendors, string? adapterCrashPoint = null, string? resultsCrashPoint = null) =>
        StartAsync(vendors, startAdapters: true, adapterCrashPoint, resultsCrashPoint);

    /// <summary>
    /// Starts the simulator, results and intake but none of the vendors' adapters: each waits for
    /// <see cref="StartAdapterAsync"/>, and until then nothing of its own exists in the virtual host.
    /// </summary>
    public static Task<GatewayDeployment> StartWithoutAdaptersAsync(IReadOnlyList<VendorDeployment> vendors) =>
        StartAsync(vendors, startAdapters: false, adapterCrashPoint: null, resultsCrashPoint: null);

    /// <summary>Starts a deployment with the Rodin adapter whose every service connects to <paramref name="cluster"/>, not the test broker.</summary>
    public static Task<GatewayDeployment> StartOnClusterAsync(RabbitMqCluster cluster) =>
        StartAsync([new RodinDeployment()], startAdapters: true, adapterCrashPoint: null, resultsCrashPoint: null, cluster);

    static async Task<GatewayDeployment> StartAsync(
        IReadOnlyList<VendorDeployment> vendors, bool startAdapters, string? adapterCrashPoint, string? resultsCrashPoint,
        RabbitMqCluster? cluster = null)
    {
        var deployment = new GatewayDeployment { _cluster = cluster };
        try
        {
            await deployment.StartServicesAsync(vendors, startAdapters, adapterCrashPoint, resultsCrashPoint);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    async Task StartServicesAsync(IReadOnlyList<VendorDeployment> vendors, bool startAdapters, string? adapterCrashPoint, string? resultsCrashPoint)
    {
        if (_cluster is null)
        {
            VirtualHost = await Track(RabbitMqVirtualHost.CreateAsync("e2e"));
        }

        IntakeDatabase = await Track(PostgresDatabase.CreateAsync("e2e_intake"));
        IdentityDatabase = await Track(PostgresDatabase.CreateAsync("e2e_identity"));
        ResultsDatabase = await Track(PostgresDatabase.CreateAsync("e2e_results"));

        _resultsPort = FreePort.Next();
        _environment = new DeploymentEnvironment(VirtualHost?.Name ?? "/", _assetRoot, _resultsPort, IdentityDatabase, _cluster?.Bus());

        // A sandbox: the tests read the simulator's request log.
        var sandbox = new Dictionary<string, string> { ["VendorSim__EnableControlApi"] = "true" };
        Simulator = Track(new ServiceProcess("VendorSim", ServiceEnvironment.Merge([sandbox, .. vendors.Select(v => v.SimulatorEnvironment())])));
        await Simulator.StartAsync();

        Results = Track(new ServiceProcess("Results.Api", _environment.Results(ResultsDatabase), _resultsPort, resultsCrashPoint));
        await Results.StartAsync();

        foreach (var vendor in vendors)
        {
            if (startAdapters)
            {
                _adapters.Add(vendor.Vendor, await Track(AdapterProcess.StartAsync(vendor, _environment.Adapter(), Simulator.BaseAddress, adapterCrashPoint)));
            }
            else
            {
                _notStarted.Add(vendor.Vendor, vendor);
            }
        }

        Intake = Track(new ServiceProcess("Intake.Api", _environment.Intake(IntakeDatabase)));
        await Intake.StartAsync();

        // The tests' tenant: its key, made with the configured admin key through intake's admin API.
        using (var admin = new HttpClient { BaseAddress = Intake.BaseAddress })
        {
            TenantKey = (await TestApiKeys.CreateAsync(admin, Tenant)).Key;
        }

        IntakeClient = ClientOf(Intake, TenantKey);
        ResultsClient = ClientOf(Results, TenantKey);
        SimulatorClient = new HttpClient { BaseAddress = Simulator.BaseAddress };
        _results = new GenerationResults(ResultsClient, ResultsDatabase);
    }

    /// <summary>Starts one more intake process on the deployment's settings (a second replica); it is stopped with the deployment.</summary>
    public async Task<ServiceProcess> StartIntakeReplicaAsync()
    {
        var replica = Track(new ServiceProcess("Intake.Api", _environment.Intake(IntakeDatabase)));
        await replica.StartAsync();
        return replica;
    }

    /// <summary>Starts another results process on the same virtual host and database (a second replica behind a load balancer); its client sends the tenant's key.</summary>
    public async Task<HttpClient> StartResultsReplicaAsync()
    {
        var replica = Track(new ServiceProcess("Results.Api", _environment.Results(ResultsDatabase)));
        await replica.StartAsync();
        var client = ClientOf(replica, TenantKey);
        _clients.Add(client);
        return client;
    }

    /// <summary>Starts the adapter of a vendor the deployment was started without (<see cref="StartWithoutAdaptersAsync"/>).</summary>
    public async Task StartAdapterAsync(string vendor)
    {
        if (!_notStarted.Remove(vendor, out var deployment))
        {
            throw new InvalidOperationException($"The {vendor} adapter is running already or not part of this deployment.");
        }

        _adapters.Add(vendor, await Track(AdapterProcess.StartAsync(deployment, _environment.Adapter(), Simulator.BaseAddress)));
    }

    /// <summary>The adapter of <paramref name="vendor"/> (a vendor key).</summary>
    public AdapterProcess Adapter(string vendor) =>
        _adapters.TryGetValue(vendor, out var adapter) ? adapter : throw new InvalidOperationException($"This deployment runs no {vendor} adapter.");

    /// <summary>Kills the vendor's adapter if it still runs (kill -9) and starts a fresh process, unarmed.</summary>
    public Task ReplaceAdapterAsync(string vendor = RodinRequestRules.Key) => Adapter(vendor).ReplaceAsync();

    /// <summary>Kills results if it still runs (kill -9) and starts a fresh process on the same port, unarmed.</summary>
    public async Task ReplaceResultsAsync()
    {
        Results.Kill();
        Results = Track(new ServiceProcess("Results.Api", _environment.Results(ResultsDatabase), _resultsPort));
        await Results.StartAsync();
    }

    /// <summary>The webhook service process, once <see cref="StartWebhooksAsync"/> started it.</summary>
    public ServiceProcess? Webhooks { get; private set; }

    public PostgresDatabase? WebhooksDatabase { get; private set; }

    /// <summary>Starts the webhook service (its own database, kept across <see cref="ReplaceWebhooksAsync"/>), its egress guard allowing the receiver.</summary>
    public async Task<HttpClient> StartWebhooksAsync(string receiverHostAndPort)
    {
        _receiverHostAndPort = receiverHostAndPort;
        WebhooksDatabase ??= await Track(PostgresDatabase.CreateAsync("e2e_webhooks"));
        Webhooks = Track(new ServiceProcess("Webhooks", _environment.Webhooks(WebhooksDatabase, receiverHostAndPort)));
        await Webhooks.StartAsync();
        var client = ClientOf(Webhooks, TenantKey);
        _clients.Add(client);
        return client;
    }

    /// <summary>Kills the webhook service (kill -9) and starts a fresh process on the same database and virtual host.</summary>
    public async Task<HttpClient> ReplaceWebhooksAsync()
    {
        Webhooks?.Kill();
        return await StartWebhooksAsync(_receiverHostAndPort ?? throw new InvalidOperationException("The webhook service was never started."));
    }

    /// <summary>Submits a Rodin text-to-3D request through intake; returns the generation id.</summary>
    public Task<Guid> SubmitRodinAsync(string prompt, string? idempotencyKey = null) => SubmitAsync(RodinRequest(prompt), idempotencyKey);

    /// <summary>A Rodin text-to-3D request body of <paramref name="tenant"/>.</summary>
    public static object RodinRequest(string prompt, string tenant = Tenant) => new
    {
        tenantId = tenant,
        vendor = RodinRequestRules.Key,
        kind = "text-to-3d",
        inputs = new { prompt },
        options = new { quality = "medium", outputFormats = GlbOnly },
        vendorOptions = new { tier = "Regular" },
    };

    /// <summary>An intake client of another tenant (its own API key, made through intake's admin API); disposed with the deployment.</summary>
    public async Task<HttpClient> TenantIntakeClientAsync(string tenant)
    {
        using var admin = new HttpClient { BaseAddress = Intake.BaseAddress };
        var client = ClientOf(Intake, (await TestApiKeys.CreateAsync(admin, tenant)).Key);
        _clients.Add(client);
        return client;
    }

    /// <summary>POSTs a request body to intake's <c>/v1/generations</c>; asserts 202 and returns the generation id.</summary>
    public Task<Guid> SubmitAsync(object body, string? idempotencyKey = null) => SubmitAsync(IntakeClient, body, idempotencyKey);

    /// <summary>POSTs a request body to intake's <c>/v1/generations</c> with <paramref name="intake"/>'s key; asserts 202 and returns the generation id.</summary>
    public static async Task<Guid> SubmitAsync(HttpClient intake, object body, string? idempotencyKey = null)
    {
        ArgumentNullException.ThrowIfNull(intake);
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/generations") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await intake.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"Intake answered {(int)response.StatusCode}: {text}");
        Assert.NotNull(response.Headers.Location);
        return JsonDocument.Parse(text).RootElement.GetProperty("generationId").GetGuid();
    }

    /// <summary>Polls results until the generation reaches <paramref name="status"/>.</summary>
    public Task WaitForStatusAsync(Guid generationId, string status) => _results.WaitForStatusAsync(generationId, status, GenerationTimeout);

    /// <summary>Polls results until the generation reaches a terminal status (or the timeout passes).</summary>
    public Task<JsonObject> WaitForTerminalAsync(Guid generationId, TimeSpan? timeout = null) =>
        _results.WaitForTerminalAsync(generationId, timeout ?? GenerationTimeout, Outputs);

    /// <summary>The recent output of every process, for a failure message.</summary>
    public string Outputs() =>
        string.Concat(Adapters.Select(a => $"--- {a.Vendor} adapter ---\n{a.Process.Output}\n")) +
        $"--- results ---\n{Results.Output}\n--- intake ---\n{Intake.Output}";

    /// <summary>How many paid submits the Rodin simulator received.</summary>
    public async Task<int> SubmitCountAsync() => (await PaidSubmitsAsync(RodinRequestRules.Key)).Count;

    /// <summary>The paid submits the vendor's simulator received, only those whose record contains <paramref name="marker"/> when given.</summary>
    public async Task<IReadOnlyList<JsonNode>> PaidSubmitsAsync(string vendor, string? marker = null)
    {
        var paths = Adapter(vendor).Vendor.PaidSubmitPaths;
        return [.. (await SimulatorRequestsAsync(vendor)).OfType<JsonNode>().Where(r =>
            r["method"]!.GetValue<string>() == "POST"
            && paths.Contains(r["path"]!.GetValue<string>(), StringComparer.Ordinal)
            && (marker is null || r.ToJsonString().Contains(marker, StringComparison.Ordinal)))];
    }

    /// <summary>Rows results holds for a generation: (generations rows, completed rows, asset rows).</summary>
    public Task<(long Rows, long Completed, long Assets)> ResultRowsAsync(Guid generationId) => _results.RowsAsync(generationId);

    /// <summary>The requests the vendor's simulator received (by vendor key; Rodin's when none is given).</summary>
    public async Task<JsonArray> SimulatorRequestsAsync(string vendor = RodinRequestRules.Key) =>
        (JsonArray)JsonNode.Parse(await SimulatorClient.GetStringAsync(
            new Uri($"_sim/requests?vendor={Adapter(vendor).Vendor.SimulatorVendor}", UriKind.Relative)))!;

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
        _clients.ForEach(client => client.Dispose());
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
