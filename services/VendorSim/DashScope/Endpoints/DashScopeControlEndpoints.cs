using System.Text.Json;
using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Tasks;

namespace GenerationGateway.VendorSim.DashScope.Endpoints;

/// <summary>The test control API under <c>/_sim/dashscope</c>: script faults, reset everything.</summary>
public static class DashScopeControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DashScopeRoutes.Control).WithTags("Simulator control");
        group.MapPost("/faults", EnqueueFaults);
        group.MapGet("/faults", (DashScopeScriptedFaults faults) => TypedResults.Ok(faults.Pending()));
        group.MapDelete("/faults", (DashScopeScriptedFaults faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });
        group.MapPost("/reset", (DashScopeScriptedFaults faults, Gen3dTaskStore store, DashScopeThrottle throttle) =>
        {
            faults.Clear();
            store.Clear();
            throttle.Reset();
            return TypedResults.NoContent();
        });
    }

    /// <summary>Accepts one fault object or an array of them; answers with the whole pending queue.</summary>
    private static IResult EnqueueFaults(JsonElement body, DashScopeScriptedFaults queue)
    {
        var errors = new Dictionary<string, string[]>();
        DashScopeFault[] faults;
        try
        {
            faults = body.ValueKind == JsonValueKind.Array
                ? body.Deserialize<DashScopeFault[]>(JsonSerializerOptions.Web) ?? []
                : [body.Deserialize<DashScopeFault>(JsonSerializerOptions.Web)!];
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
