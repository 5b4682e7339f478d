using GenerationGateway.VendorSim.Faults;
using GenerationGateway.VendorSim.Portrait.Callbacks;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Control;

/// <summary>The test control API under <c>/_sim/portrait</c>: script faults, read the callbacks sent, reset everything.</summary>
public static class PortraitControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapFaultControl<PortraitFault, PortraitScriptedFaults>(PortraitRoutes.Control);
        group.MapGet("/callbacks", (PortraitCallbackLog log) => TypedResults.Ok(log.Snapshot()));
        group.MapPost("/reset", (PortraitScriptedFaults faults, PortraitSimStore store, PortraitCallbackLog log) =>
        {
            faults.Clear();
            store.Clear();
            log.Clear();
            return TypedResults.NoContent();
        });
    }
}
