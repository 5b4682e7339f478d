using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Standalone;

/// <summary>
/// The adapters the embedded default runs, in the order of the vendor list services/GatewayVendors.props: the build
/// lists each vendor's <c>new &lt;Vendor&gt;VendorModule()</c> here (services/GatewayVendorList.targets) and references its
/// project. The same vendors as intake's <c>GatewayVendors</c> (<c>VendorRegistrationTests</c> holds the lists together).
/// </summary>
public static partial class StandaloneVendors
{
    public static IReadOnlyList<IVendorModule> Modules { get; } = Listed();

    private static partial IReadOnlyList<IVendorModule> Listed();
}
