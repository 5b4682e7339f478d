using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Hyper3D Rodin: services/Adapters.Rodin against the simulator's <c>/rodin/api/v2/</c>.</summary>
public sealed class RodinDeployment : VendorDeployment
{
    const string ApiKey = "e2e-rodin-key";

    public override string Vendor => RodinRequestRules.Key;

    public override string Project => "Adapters.Rodin";

    public override string SimulatorVendor => "rodin";

    public override IReadOnlyList<string> PaidSubmitPaths { get; } = ["/rodin/api/v2/rodin"];

    public override IReadOnlyDictionary<string, string> SimulatorEnvironment() => new Dictionary<string, string>
    {
        ["VendorSim__Rodin__ApiKey"] = ApiKey,
        ["VendorSim__Rodin__WaitingDuration"] = "00:00:01",
        ["VendorSim__Rodin__GeneratingDuration"] = "00:00:02",
    };

    public override IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter) => new Dictionary<string, string>
    {
        ["Vendors__Rodin__BaseUrl"] = new Uri(simulator, "rodin/api/v2/").ToString(),
        ["Vendors__Rodin__ApiKey"] = ApiKey,
    };
}
