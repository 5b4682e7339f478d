using GenerationGateway.VendorSim.Faults;
using GenerationGateway.VendorSim.SeaArt.Faults;
using GenerationGateway.VendorSim.SeaArt.Tasks;

namespace GenerationGateway.VendorSim.SeaArt.Endpoints;

/// <summary>The test control API under <c>/_sim/seaart</c>: script faults, reset everything.</summary>
public static class SeaArtControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapFaultControl<SeaArtFault, SeaArtScriptedFaults>(SeaArtRoutes.Control);
        group.MapPost("/reset", (SeaArtScriptedFaults faults, SeaArtTaskStore store) =>
        {
            faults.Clear();
            store.Clear();
            return TypedResults.NoContent();
        });
    }
}
