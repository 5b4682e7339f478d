using GenerationGateway.VendorSim.Faults;
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
        var group = endpoints.MapFaultControl<RodinFault, RodinScriptedFaults>(RodinRoutes.Control);
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
