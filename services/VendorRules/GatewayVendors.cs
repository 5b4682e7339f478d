namespace GenerationGateway.VendorRules;

/// <summary>
/// Every vendor the gateway accepts requests for, by its request rules (which carry its key), in the order of the
/// vendor list services/GatewayVendors.props: the build lists each vendor's <c>&lt;Vendor&gt;RequestRules</c> here
/// (services/GatewayVendorList.targets). Intake registers each; the embedded default's adapter modules
/// (<c>StandaloneVendors</c>), the simulators and the deployment files name the same vendors, which
/// <c>VendorRegistrationTests</c> and the deployment tests check. docs/adding-a-vendor.md lists every edit a new vendor needs.
/// </summary>
public static partial class GatewayVendors
{
    /// <summary>The <see cref="IVendorRequestRules"/> implementation of each vendor.</summary>
    public static IReadOnlyList<Type> RequestRules { get; } = Listed();

    private static partial IReadOnlyList<Type> Listed();
}
