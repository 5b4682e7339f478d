using System.Text.Json;

namespace GenerationGateway.VendorSim.Faults;

/// <summary>The part of every simulator's control API that scripts faults: <c>POST|GET|DELETE {route}/faults</c>.</summary>
public static class FaultControlEndpoints
{
    /// <summary>Maps the control group at <paramref name="route"/> with its fault endpoints; the caller adds the vendor's own (reset...).</summary>
    public static RouteGroupBuilder MapFaultControl<TFault, TQueue>(this IEndpointRouteBuilder endpoints, string route)
        where TFault : IScriptedFault<TFault>
        where TQueue : ScriptedFaults<TFault>
    {
        // Handlers as delegates of the closed types: the route analyzer does not follow lambdas over type parameters.
        Delegate enqueue = (JsonElement body, TQueue queue) => Enqueue(body, queue);
        Delegate pending = (TQueue queue) => TypedResults.Ok(queue.Pending());
        Delegate clear = (TQueue queue) =>
        {
            queue.Clear();
            return TypedResults.NoContent();
        };

        var group = endpoints.MapGroup(route).WithTags("Simulator control");
        group.MapPost("/faults", enqueue);
        group.MapGet("/faults", pending);
        group.MapDelete("/faults", clear);
        return group;
    }

    /// <summary>Accepts one fault object or an array of them; answers with the whole pending queue.</summary>
    private static IResult Enqueue<TFault>(JsonElement body, ScriptedFaults<TFault> queue)
        where TFault : IScriptedFault<TFault>
    {
        var errors = new Dictionary<string, string[]>();
        TFault[] faults;
        try
        {
            faults = body.ValueKind == JsonValueKind.Array
                ? body.Deserialize<TFault[]>(JsonSerializerOptions.Web) ?? []
                : [body.Deserialize<TFault>(JsonSerializerOptions.Web)!];
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
