using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Responses;
using GenerationGateway.VendorSim.Rodin.Tasks;

namespace GenerationGateway.VendorSim.Rodin.Endpoints;

/// <summary><c>GET|POST /check_balance</c>: <c>{"balance": n}</c>.</summary>
public static class RodinBalanceEndpoint
{
    public static IResult Handle(HttpContext context, RodinScriptedFaults faults, RodinAccount account) =>
        faults.TakeRequestFault(RodinFaultEndpoints.Balance) is { } fault
            ? RodinResults.Injected(fault, context)
            : RodinResults.Json(new RodinBalanceResponse(account.Balance), StatusCodes.Status200OK);
}
