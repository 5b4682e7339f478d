using System.Text.Json;
using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Responses;
using GenerationGateway.VendorSim.Rodin.Tasks;

namespace GenerationGateway.VendorSim.Rodin.Endpoints;

/// <summary>
/// The test control API under <c>/_sim/rodin</c>: script faults, read or set the balance, reset everything.
/// </summary>
public static class RodinControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(RodinRoutes.Control).WithTags("Simulator control");
        group.MapPost("/faults", EnqueueFaults);
        group.MapGet("/faults", (RodinScriptedFaults faults) => TypedResults.Ok(faults.Pending()));
        group.MapDelete("/faults", (RodinScriptedFaults faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });
        group.MapGet("/balance", (RodinAccount account) => TypedResults.Ok(new RodinBalanceResponse(account.Balance)));
        group.MapPut("/balance", SetBalance);
        group.MapPost("/reset", (RodinScriptedFaults faults, RodinTaskStore store, RodinAccount account) =>
        {
            faults.Clear();
            store.Clear();
            account.Reset();
            return TypedResults.NoContent();
        });
    }

    /// <summary>Accepts one fault object or an array of them; answers with the whole pending queue.</summary>
    private static IResult EnqueueFaults(JsonElement body, RodinScriptedFaults queue)
    {
        var errors = new Dictionary<string, string[]>();
        RodinFault[] faults;
        try
        {
            faults = body.ValueKind == JsonValueKind.Array
                ? body.Deserialize<RodinFault[]>(JsonSerializerOptions.Web) ?? []
                : [body.Deserialize<RodinFault>(JsonSerializerOptions.Web)!];
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

    private static IResult SetBalance(RodinBalanceResponse body, RodinAccount account)
    {
        if (body.Balance < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["balance"] = ["Must not be negative."] });
        }

        account.Set(body.Balance);
        return TypedResults.Ok(new RodinBalanceResponse(account.Balance));
    }
}
