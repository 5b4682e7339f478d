using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Tencent Hunyuan 3D Pro through SeaArt: services/Adapters.Hunyuan against the simulator's <c>/seaart/model/</c>.</summary>
public sealed class HunyuanDeployment : VendorDeployment
{
    const string ApiKey = "e2e-seaart-key";

    public override string Vendor => HunyuanRequestRules.Key;

    public override string Project => "Adapters.Hunyuan";

    public override string SimulatorVendor => "seaart";

    public override IReadOnlyList<string> PaidSubmitPaths { get; } = ["/seaart/model/v1/generation"];

    public override IReadOnlyDictionary<string, string> SimulatorEnvironment() => new Dictionary<string, string>
    {
        ["VendorSim__SeaArt__ApiKey"] = ApiKey,
        ["VendorSim__SeaArt__InQueueDuration"] = "00:00:00.500",
        ["VendorSim__SeaArt__GeneratingDuration"] = "00:00:01.500",
    };

    public override IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter) => new Dictionary<string, string>
    {
        ["Vendors__Hunyuan__BaseUrl"] = new Uri(simulator, "seaart/model/").ToString(),
        ["Vendors__Hunyuan__ApiKey"] = ApiKey,
        ["Vendors__Hunyuan__StatusInterval"] = "00:00:01",
    };
}
