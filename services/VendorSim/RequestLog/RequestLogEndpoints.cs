namespace GenerationGateway.VendorSim.RequestLog;

/// <summary><c>GET /_sim/requests[?vendor=rodin]</c> lists what the simulators received; <c>DELETE /_sim/requests</c> clears it.</summary>
public static class RequestLogEndpoints
{
    public const string Path = "/_sim/requests";

    public static IEndpointRouteBuilder MapRequestLogEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Simulator control");
        group.MapGet("/", (SimulatorRequestLog log, string? vendor) => TypedResults.Ok(log.Snapshot(vendor)));
        group.MapDelete("/", (SimulatorRequestLog log) =>
        {
            log.Clear();
            return TypedResults.NoContent();
        });
        return endpoints;
    }
}
