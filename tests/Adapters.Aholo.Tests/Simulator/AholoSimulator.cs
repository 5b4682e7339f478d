using System.Globalization;
using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.VendorSim.RequestLog;
using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.Adapters.Aholo.Tests.Simulator;

/// <summary>
/// The Aholo simulator in-process. By default on a clock the test moves, with a 1 KiB block size, uploads processed
/// in 1 s and jobs going 0 (1 s) → 8 (1 s, reconstruction) → 1 (1 s) → 2 (2 s) → 3.
/// </summary>
public sealed class AholoSimulator : VendorSimulator
{
    public const string AppKey = "test-aholo-key";
    public const string AppSecret = "test-aholo-secret";
    public const string AppUid = "gateway-tests";
    public const int BlockSize = 1024;

    public AholoSimulator()
        : this(null, useSystemClock: false)
    {
    }

    AholoSimulator(IReadOnlyDictionary<string, string?>? overrides, bool useSystemClock)
        : base(AholoRequestRules.Key, Settings(overrides), useSystemClock)
    {
    }

    /// <summary>A simulator with other settings; on the real clock when <paramref name="useSystemClock"/>.</summary>
    public static AholoSimulator With(IReadOnlyDictionary<string, string?> overrides, bool useSystemClock = false) => new(overrides, useSystemClock);

    /// <summary>A simulator on the real clock: uploads processed in <paramref name="upload"/>, a job queued, preprocessed and waiting <paramref name="step"/> each, then running <paramref name="running"/>.</summary>
    public static AholoSimulator OnRealClock(TimeSpan upload, TimeSpan step, TimeSpan running) => With(
        new Dictionary<string, string?>
        {
            ["VendorSim:Aholo:UploadProcessingDuration"] = upload.ToString(),
            ["VendorSim:Aholo:QueuedDuration"] = step.ToString(),
            ["VendorSim:Aholo:PreprocessingDuration"] = step.ToString(),
            ["VendorSim:Aholo:WaitingDuration"] = step.ToString(),
            ["VendorSim:Aholo:RunningDuration"] = running.ToString(),
        },
        useSystemClock: true);

    public Uri ApiBase => new(BaseAddress, "aholo/v2/aholo/");

    public IReadOnlyList<RecordedRequest> Requests(string pathSuffix) =>
        [.. Requests().Where(r => r.Path.EndsWith(pathSuffix, StringComparison.Ordinal))];

    static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["VendorSim:Aholo:AppKey"] = AppKey,
            ["VendorSim:Aholo:AppSecret"] = AppSecret,
            ["VendorSim:Aholo:BlockSize"] = BlockSize.ToString(CultureInfo.InvariantCulture),
            ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:01",
            ["VendorSim:Aholo:QueuedDuration"] = "00:00:01",
            ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:01",
            ["VendorSim:Aholo:WaitingDuration"] = "00:00:01",
            ["VendorSim:Aholo:RunningDuration"] = "00:00:02",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
