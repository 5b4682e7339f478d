using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Tasks;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.DashScope.Endpoints;

/// <summary>The test control API under <c>/_sim/dashscope</c>: script faults, reset everything.</summary>
public static class DashScopeControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapFaultControl<DashScopeFault, DashScopeScriptedFaults>(DashScopeRoutes.Control);
        group.MapPost("/reset", (DashScopeScriptedFaults faults, Gen3dTaskStore store, DashScopeThrottle throttle) =>
        {
            faults.Clear();
            store.Clear();
            throttle.Reset();
            return TypedResults.NoContent();
        });
    }
}
