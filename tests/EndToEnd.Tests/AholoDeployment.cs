using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// Kujiale Aholo: services/Adapters.Aholo against the simulator's <c>/aholo/v2/aholo/</c> (open platform) and
/// <c>/aholo/ous/</c> (upload host). The adapter fetches every input itself, so inputs point at the simulator's samples.
/// </summary>
public sealed class AholoDeployment : VendorDeployment
{
    const string AppKey = "e2e-aholo-key";
    const string AppSecret = "e2e-aholo-secret";

    public override string Vendor => AholoRequestRules.Key;

    public override string Project => "Adapters.Aholo";

    public override string SimulatorVendor => "aholo";

    public override IReadOnlyList<string> PaidSubmitPaths { get; } =
        ["/aholo/v2/aholo/project/create-3d-recon", "/aholo/v2/aholo/project/create-3d-gen"];

    public override IReadOnlyDictionary<string, string> SimulatorEnvironment() => new Dictionary<string, string>
    {
        ["VendorSim__Aholo__AppKey"] = AppKey,
        ["VendorSim__Aholo__AppSecret"] = AppSecret,
        ["VendorSim__Aholo__UploadProcessingDuration"] = "00:00:00.200",
        ["VendorSim__Aholo__QueuedDuration"] = "00:00:00.300",
        ["VendorSim__Aholo__PreprocessingDuration"] = "00:00:00.300",
        ["VendorSim__Aholo__WaitingDuration"] = "00:00:00.300",
        ["VendorSim__Aholo__RunningDuration"] = "00:00:00.600",
    };

    public override IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter) => new Dictionary<string, string>
    {
        ["Vendors__Aholo__BaseUrl"] = new Uri(simulator, "aholo/v2/aholo/").ToString(),
        ["Vendors__Aholo__AppKey"] = AppKey,
        ["Vendors__Aholo__AppSecret"] = AppSecret,
        ["Vendors__Aholo__AppUid"] = "e2e-user",
        ["Vendors__Aholo__UploadsPerRound"] = "10",
        ["Vendors__Aholo__MaxUploadsInFlight"] = "20",
        ["Vendors__Aholo__UploadStatusInterval"] = "00:00:00.300",
        ["Vendors__Aholo__StatusInterval"] = "00:00:00.500",
    };

    /// <summary>One of the simulator's sample views (a PNG of the given size), as a request's input URL.</summary>
    public static string SampleView(Uri simulator, int index) =>
        new Uri(simulator, $"aholo/samples/view-{index:D2}.png?w=320&h=240").ToString();
}
