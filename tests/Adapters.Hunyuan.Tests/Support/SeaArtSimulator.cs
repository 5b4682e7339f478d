using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.VendorSim.RequestLog;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Support;

/// <summary>
/// The SeaArt simulator in-process, on a clock the test moves, or on the real clock for saga specs. A task is queued
/// 1 s, then generates 4 s: progress 0.5 at 3 s, completed at 5 s.
/// </summary>
public sealed class SeaArtSimulator : VendorSimulator
{
    public const string ApiKey = "test-seaart-key";

    public static readonly TimeSpan InQueue = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Generating = TimeSpan.FromSeconds(4);

    public SeaArtSimulator()
        : this(realClock: false)
    {
    }

    SeaArtSimulator(bool realClock)
        : base("seaart", new Dictionary<string, string?>
        {
            ["VendorSim:SeaArt:ApiKey"] = ApiKey,
            ["VendorSim:SeaArt:InQueueDuration"] = (realClock ? TimeSpan.FromMilliseconds(100) : InQueue).ToString(),
            ["VendorSim:SeaArt:GeneratingDuration"] = (realClock ? TimeSpan.FromMilliseconds(300) : Generating).ToString(),
        }, realClock)
    {
    }

    public Uri ApiBase => new(BaseAddress, "seaart/model/");

    /// <summary>A simulator whose tasks run on the real clock, quickly (0.1 s queued, 0.3 s generating).</summary>
    public static SeaArtSimulator OnRealClock() => new(realClock: true);

    public IHunyuanClient CreateClient(string apiKey = ApiKey) => SeaArtClients.Create(CreateHandler(), ApiBase, apiKey);

    public IReadOnlyList<RecordedRequest> Creates() => [.. Requests().Where(x => x.Method == "POST" && x.Path == "/seaart/model/v1/generation")];

    public RecordedRequest LastCreate() => Creates()[^1];
}
