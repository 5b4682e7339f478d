using System.Text.Json;
using GenerationGateway.VendorSim.SeaArt.Faults;
using GenerationGateway.VendorSim.SeaArt.Tasks;

namespace GenerationGateway.VendorSim.SeaArt.Endpoints;

/// <summary>The test control API under <c>/_sim/seaart</c>: script faults, reset everything.</summary>
public static class SeaArtControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(SeaArtRoutes.Control).WithTags("Simulator control");
        group.MapPost("/faults", EnqueueFaults);
        group.MapGet("/faults", (SeaArtScriptedFaults faults) => TypedResults.Ok(faults.Pending()));
        group.MapDelete("/faults", (SeaArtScriptedFaults faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });
        group.MapPost("/reset", (SeaArtScriptedFaults faults, SeaArtTaskStore store) =>
        {
            faults.Clear();
            store.Clear();
            return TypedResults.NoContent();
        });
    }

    /// <summary>Accepts one fault object or an array of them; answers with the whole pending queue.</summary>
    private static IResult EnqueueFaults(JsonElement body, SeaArtScriptedFaults queue)
    {
        var errors = new Dictionary<string, string[]>();
        SeaArtFault[] faults;
        try
        {
            faults = body.ValueKind == JsonValueKind.Array
                ? body.Deserialize<SeaArtFault[]>(JsonSerializerOptions.Web) ?? []
                : [body.Deserialize<SeaArtFault>(JsonSerializerOptions.Web)!];
        }
        catch (JsonException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["faults"] = [ex.Message] });
        }

        var normalized = faults.Select((fault, index) => fault.Normalize(index, errors)).ToList();
        if (normalized.Count == 0)
        {
            errors["faults"] = ["Post a fault object or a non-empty array of faults."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        queue.Enqueue(normalized);
        return TypedResults.Ok(queue.Pending());
    }
}
