using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Responses;
using GenerationGateway.VendorSim.Rodin.Tasks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Rodin.Endpoints;

/// <summary><c>POST /status</c> with <c>subscription_key</c> (JSON or form): each job's status, by elapsed time.</summary>
public static class RodinStatusEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, RodinScriptedFaults faults, RodinTaskStore store, TimeProvider time, IOptions<RodinSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(RodinFaultEndpoints.Status) is { } fault)
        {
            return RodinResults.Injected(fault, context);
        }

        var key = await RodinRequestFields.ReadAsync(context.Request, "subscription_key", context.RequestAborted);
        if (string.IsNullOrEmpty(key))
        {
            return RodinResults.InvalidRequest("subscription_key is required.");
        }

        if (store.FindBySubscriptionKey(key) is not { } task)
        {
            return RodinResults.InvalidRequest("Unknown subscription_key.");
        }

        var statuses = task.JobStatuses(time.GetUtcNow(), options.Value.WaitingDuration, options.Value.GeneratingDuration);
        var jobs = task.JobUuids.Select((uuid, i) => new RodinJobStatusItem(uuid, statuses[i].ToString())).ToList();
        return RodinResults.Json(new RodinStatusResponse(Error: null, jobs), StatusCodes.Status200OK);
    }
}
