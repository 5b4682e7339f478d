using GenerationGateway.Adapters.Aholo;
using GenerationGateway.Adapters.DashScope;
using GenerationGateway.Adapters.Hunyuan;
using GenerationGateway.Adapters.Portrait;
using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Standalone;

/// <summary>
/// The adapters the embedded default runs, one line per vendor; the same vendors as intake's
/// <c>GatewayVendors</c> (<c>VendorRegistrationTests</c> holds the two lists together).
/// </summary>
public static class StandaloneVendors
{
    public static IReadOnlyList<IVendorModule> Modules { get; } =
    [
        new AholoVendorModule(),
        new DashScopeVendorModule(),
        new HunyuanVendorModule(),
        new PortraitVendorModule(),
        new RodinVendorModule(),
    ];
}
