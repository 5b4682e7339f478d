using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.VendorSim.RequestLog;

namespace GenerationGateway.Adapters.DashScope.Tests.Simulator;

/// <summary>
/// The DashScope simulator in-process. By default on a clock the test moves: a task is PENDING for 1 s, then RUNNING
/// for 2 s, then SUCCEEDED. With <c>liveClock</c> it runs on real time.
/// </summary>
public sealed class DashScopeSimulator : VendorSimulator
{
    public const string ApiKey = "test-dashscope-key";

    public static readonly TimeSpan Pending = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Running = TimeSpan.FromSeconds(2);

    public DashScopeSimulator()
        : this(null, liveClock: false)
    {
    }

    internal DashScopeSimulator(IDictionary<string, string?>? settings, bool liveClock)
        : base("dashscope", Settings(settings), liveClock)
    {
    }

    /// <summary>The vendor's host root as the simulator serves it (the client appends <c>api/v1/…</c>).</summary>
    public Uri BaseUrl => new(BaseAddress, "dashscope/");

    public DashScopeOptions ClientOptions(string apiKey = ApiKey, double queriesPerSecond = 1000, TimeSpan? maxWait = null) => new()
    {
        BaseUrl = BaseUrl,
        ApiKey = apiKey,
        TaskQueriesPerSecond = queriesPerSecond,
        RateLimitMaxWait = maxWait ?? TimeSpan.FromSeconds(10),
        RateLimitBucket = "test-" + Guid.NewGuid().ToString("N"),
    };

    /// <summary>A client straight onto the simulator, with an in-memory limiter unless the test gives one.</summary>
    public IDashScopeClient CreateClient(DashScopeOptions? options = null, ISharedRateLimiter? limiter = null) =>
        DashScopeClients.Create(CreateHandler(), options ?? ClientOptions(), limiter);

    public RecordedRequest LastRequest(string pathEnd) => Requests().Last(x => x.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    static Dictionary<string, string?> Settings(IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["VendorSim:DashScope:ApiKey"] = ApiKey,
            ["VendorSim:DashScope:PendingDuration"] = Pending.ToString(),
            ["VendorSim:DashScope:RunningDuration"] = Running.ToString(),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
