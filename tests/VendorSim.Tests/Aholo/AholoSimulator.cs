using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Aholo;

/// <summary>
/// The simulator with Aholo settings for tests: a 64-byte block size (so block uploads are cheap), uploads processed
/// and jobs finished instantly unless a test sets durations, and the manual clock of <see cref="VendorSimFactory"/>.
/// </summary>
public static class AholoSimulator
{
    public const string AppKey = "test-aholo-key";
    public const string AppSecret = "test-aholo-secret";
    public const int BlockSize = 64;

    public static VendorSimFactory Create(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["VendorSim:Aholo:AppKey"] = AppKey,
            ["VendorSim:Aholo:AppSecret"] = AppSecret,
            ["VendorSim:Aholo:BlockSize"] = BlockSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:00",
            ["VendorSim:Aholo:QueuedDuration"] = "00:00:00",
            ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:00",
            ["VendorSim:Aholo:WaitingDuration"] = "00:00:00",
            ["VendorSim:Aholo:RunningDuration"] = "00:00:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new VendorSimFactory(settings);
    }

    /// <summary>A client on a simulator of its own (the settings above); disposing the client disposes the simulator.</summary>
    public static AholoTestClient Start()
    {
        var simulator = Create();
        return new AholoTestClient(simulator.CreateClient(), simulator.Clock, AppKey, AppSecret, simulator);
    }

    public static AholoTestClient Client(this VendorSimFactory factory, string appKey = AppKey, string appSecret = AppSecret) =>
        new(factory.CreateClient(), factory.Clock, appKey, appSecret);
}
