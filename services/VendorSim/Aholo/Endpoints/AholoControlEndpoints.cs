using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Projects;
using GenerationGateway.VendorSim.Aholo.Uploads;
using GenerationGateway.VendorSim.Faults;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary>The test control API under <c>/_sim/aholo</c>: script faults, reset everything.</summary>
public static class AholoControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapFaultControl<AholoFault, AholoScriptedFaults>(AholoRoutes.Control);
        group.MapPost("/reset", (AholoScriptedFaults faults, AholoUploadStorage storage, AholoProjectStore projects) =>
        {
            faults.Clear();
            storage.Clear();
            projects.Clear();
            return TypedResults.NoContent();
        });
    }
}
