using GenerationGateway.VendorSim.Aholo;
using GenerationGateway.VendorSim.Aholo.Endpoints;
using GenerationGateway.VendorSim.DashScope;
using GenerationGateway.VendorSim.DashScope.Endpoints;
using GenerationGateway.VendorSim.Portrait;
using GenerationGateway.VendorSim.Portrait.Control;
using GenerationGateway.VendorSim.Rodin;
using GenerationGateway.VendorSim.Rodin.Endpoints;
using GenerationGateway.VendorSim.SeaArt;
using GenerationGateway.VendorSim.SeaArt.Endpoints;

namespace GenerationGateway.VendorSim;

/// <summary>
/// Every simulated vendor, one line each (one folder each under services/VendorSim), commented with the key of the
/// gateway vendor it stands in for. The embedded default points each
/// vendor's <c>BaseUrl</c> at one of them, which <c>VendorRegistrationTests</c> checks.
/// </summary>
public static class VendorSimulators
{
    public static IReadOnlyList<SimulatorModule> All { get; } =
    [
        new(services => services.AddAholoSimulator(), api => api.MapAholoSimulator(), AholoControlEndpoints.Map), // aholo
        new(services => services.AddDashScopeSimulator(), api => api.MapDashScopeSimulator(), DashScopeControlEndpoints.Map), // dashscope-gen3d
        new(services => services.AddPortraitSimulator(), api => api.MapPortraitSimulator(), PortraitControlEndpoints.Map), // portrait
        new(services => services.AddRodinSimulator(), api => api.MapRodinSimulator(), RodinControlEndpoints.Map), // rodin
        new(services => services.AddSeaArtSimulator(), api => api.MapSeaArtSimulator(), SeaArtControlEndpoints.Map), // hunyuan3d-pro
    ];
}
