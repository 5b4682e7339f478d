using System.Text.Json;
using GenerationGateway.VendorSim.Portrait.Callbacks;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Control;

/// <summary>The test control API under <c>/_sim/portrait</c>: script faults, read the callbacks sent, reset everything.</summary>
public static class PortraitControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(PortraitRoutes.Control).WithTags("Simulator control");
        group.MapPost("/faults", EnqueueFaults);
        group.MapGet("/faults", (PortraitScriptedFaults faults) => TypedResults.Ok(faults.Pending()));
        group.MapDelete("/faults", (PortraitScriptedFaults faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });
        group.MapGet("/callbacks", (PortraitCallbackLog log) => TypedResults.Ok(log.Snapshot()));
        group.MapPost("/reset", (PortraitScriptedFaults faults, PortraitSimStore store, PortraitCallbackLog log) =>
        {
            faults.Clear();
            store.Clear();
            log.Clear();
            return TypedResults.NoContent();
        });
    }

    /// <summary>Accepts one fault object or an array of them; answers with the whole pending queue.</summary>
    private static IResult EnqueueFaults(JsonElement body, PortraitScriptedFaults queue)
    {
        var errors = new Dictionary<string, string[]>();
        PortraitFault[] faults;
        try
        {
            faults = body.ValueKind == JsonValueKind.Array
                ? body.Deserialize<PortraitFault[]>(JsonSerializerOptions.Web) ?? []
                : [body.Deserialize<PortraitFault>(JsonSerializerOptions.Web)!];
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
