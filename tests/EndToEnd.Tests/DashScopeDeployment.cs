using GenerationGateway.VendorRules.DashScope;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>DashScope <c>motionshop-gen3d</c>: services/Adapters.DashScope against the simulator's <c>/dashscope/</c>.</summary>
public sealed class DashScopeDeployment : VendorDeployment
{
    const string ApiKey = "e2e-dashscope-key";

    public override string Vendor => DashScopeRequestRules.Key;

    public override string Project => "Adapters.DashScope";

    public override string SimulatorVendor => "dashscope";

    public override IReadOnlyList<string> PaidSubmitPaths { get; } = ["/dashscope/api/v1/services/aigc/video-generation/3d-generation"];

    public override IReadOnlyDictionary<string, string> SimulatorEnvironment() => new Dictionary<string, string>
    {
        ["VendorSim__DashScope__ApiKey"] = ApiKey,
        ["VendorSim__DashScope__PendingDuration"] = "00:00:00.500",
        ["VendorSim__DashScope__RunningDuration"] = "00:00:01.500",
    };

    public override IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter) => new Dictionary<string, string>
    {
        ["Vendors__DashScope__BaseUrl"] = new Uri(simulator, "dashscope/").ToString(),
        ["Vendors__DashScope__ApiKey"] = ApiKey,
        ["Vendors__DashScope__StatusInterval"] = "00:00:00.500",
    };
}
