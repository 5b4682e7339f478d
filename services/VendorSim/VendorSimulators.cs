namespace GenerationGateway.VendorSim;

/// <summary>
/// Every simulated vendor (one folder each under services/VendorSim), in the order of the vendor list
/// services/GatewayVendors.props: its <c>Simulator</c> names the folder, whose <c>&lt;Simulator&gt;SimulatorModule.Module</c>
/// the build lists here (services/GatewayVendorList.targets). The embedded default points each vendor's <c>BaseUrl</c>
/// at one of them, which <c>VendorRegistrationTests</c> checks.
/// </summary>
public static partial class VendorSimulators
{
    public static IReadOnlyList<SimulatorModule> All { get; } = Listed();

    private static partial IReadOnlyList<SimulatorModule> Listed();
}
