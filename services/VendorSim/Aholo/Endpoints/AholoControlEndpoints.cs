using System.Text.Json;
using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Projects;
using GenerationGateway.VendorSim.Aholo.Uploads;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary>The test control API under <c>/_sim/aholo</c>: script faults, reset everything.</summary>
public static class AholoControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(AholoRoutes.Control).WithTags("Simulator control");
        group.MapPost("/faults", EnqueueFaults);
        group.MapGet("/faults", (AholoScriptedFaults faults) => TypedResults.Ok(faults.Pending()));
        group.MapDelete("/faults", (AholoScriptedFaults faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });
        group.MapPost("/reset", (AholoScriptedFaults faults, AholoUploadStorage storage, AholoProjectStore projects) =>
        {
            faults.Clear();
            storage.Clear();
            projects.Clear();
            return TypedResults.NoContent();
        });
    }

    /// <summary>Accepts one fault object or an array of them; answers with the whole pending queue.</summary>
    private static IResult EnqueueFaults(JsonElement body, AholoScriptedFaults queue)
    {
        var errors = new Dictionary<string, string[]>();
        AholoFault[] faults;
        try
        {
            faults = body.ValueKind == JsonValueKind.Array
                ? body.Deserialize<AholoFault[]>(JsonSerializerOptions.Web) ?? []
                : [body.Deserialize<AholoFault>(JsonSerializerOptions.Web)!];
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
