using GenerationGateway.VendorRules.Aholo;
using GenerationGateway.VendorRules.DashScope;
using GenerationGateway.VendorRules.Hunyuan;
using GenerationGateway.VendorRules.Portrait;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.VendorRules;

/// <summary>
/// The vendor list: every vendor the gateway accepts requests for, by its request rules (which carry its key).
/// Intake registers each; the embedded default's adapter modules (<c>StandaloneVendors</c>), the simulators and the
/// deployment files must name the same vendors, which <c>VendorRegistrationTests</c> checks. docs/adding-a-vendor.md
/// lists every edit a new vendor needs.
/// </summary>
public static class GatewayVendors
{
    /// <summary>The <see cref="IVendorRequestRules"/> implementation of each vendor, one line per vendor.</summary>
    public static IReadOnlyList<Type> RequestRules { get; } =
    [
        typeof(AholoRequestRules),
        typeof(DashScopeRequestRules),
        typeof(HunyuanRequestRules),
        typeof(PortraitRequestRules),
        typeof(RodinRequestRules),
    ];
}
