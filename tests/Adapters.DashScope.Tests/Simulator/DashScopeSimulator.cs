extern alias vendorsim;

using System.Net.Http.Json;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using vendorsim::GenerationGateway.VendorSim.RequestLog;
using SimulatorProgram = vendorsim::Program;

namespace GenerationGateway.Adapters.DashScope.Tests.Simulator;

/// <summary>
/// The real vendor simulator (services/VendorSim) in-process. By default on a clock the test moves: a task is
/// PENDING for 1 s, then RUNNING for 2 s, then SUCCEEDED. With <c>liveClock</c> it runs on real time.
/// </summary>
public sealed class DashScopeSimulator : IDisposable
{
    public const string ApiKey = "test-dashscope-key";

    public static readonly TimeSpan Pending = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Running = TimeSpan.FromSeconds(2);

    readonly WebApplicationFactory<SimulatorProgram> _factory;

    public DashScopeSimulator()
        : this(null, liveClock: false)
    {
    }

    internal DashScopeSimulator(IDictionary<string, string?>? settings, bool liveClock)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["VendorSim:DashScope:ApiKey"] = ApiKey,
            ["VendorSim:DashScope:PendingDuration"] = Pending.ToString(),
            ["VendorSim:DashScope:RunningDuration"] = Running.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        _factory = new WebApplicationFactory<SimulatorProgram>().WithWebHostBuilder(host =>
        {
            host.ConfigureAppConfiguration((_, builder) => builder.AddInMemoryCollection(configuration));
            if (!liveClock)
            {
                host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
            }
        });
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>The vendor's host root as the simulator serves it (the client appends <c>api/v1/…</c>).</summary>
    public Uri BaseUrl => new(_factory.Server.BaseAddress, "dashscope/");

    public HttpMessageHandler CreateHandler() => _factory.Server.CreateHandler();

    public DashScopeOptions ClientOptions(string apiKey = ApiKey, double queriesPerSecond = 1000, TimeSpan? maxWait = null) => new()
    {
        BaseUrl = BaseUrl,
        ApiKey = apiKey,
        TaskQueriesPerSecond = queriesPerSecond,
        RateLimitMaxWait = maxWait ?? TimeSpan.FromSeconds(10),
        RateLimitBucket = "test-" + Guid.NewGuid().ToString("N"),
    };

    /// <summary>A client straight onto the simulator, with an in-memory limiter unless the test gives one.</summary>
    public DashScopeClient CreateClient(DashScopeOptions? options = null, ISharedRateLimiter? limiter = null) =>
        new(new HttpClient(CreateHandler()) { BaseAddress = BaseUrl }, limiter ?? new InMemorySharedRateLimiter(TimeProvider.System),
            Microsoft.Extensions.Options.Options.Create(options ?? ClientOptions()));

    /// <summary>Every request the simulated DashScope received, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests() =>
        _factory.Services.GetRequiredService<SimulatorRequestLog>().Snapshot("dashscope");

    public RecordedRequest LastRequest(string pathEnd) => Requests().Last(x => x.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    /// <summary>Scripts the next answers through the simulator's control API, e.g. <c>new { kind = "http-error", status = 500, endpoint = "task" }</c>.</summary>
    public async Task InjectAsync(params object[] faults)
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/_sim/dashscope/faults", faults);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Forgets faults, tasks and the throttle's window (the request log is kept; tests read their own requests).</summary>
    public async Task ResetAsync()
    {
        using var http = _factory.CreateClient();
        using var response = await http.PostAsync("/_sim/dashscope/reset", null);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _factory.Dispose();
}
