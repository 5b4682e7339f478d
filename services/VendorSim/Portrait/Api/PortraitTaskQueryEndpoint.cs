using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary><c>POST /cloud/aigc_task_query</c> <c>{task_id}</c>: <c>{state, id, tsk_type, result_paths}</c>, by elapsed time.</summary>
public static class PortraitTaskQueryEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, PortraitScriptedFaults faults, PortraitSimStore store, PortraitTaskLinks links, PublicBaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(links);
        if (faults.TakeRequestFault(PortraitFaultEndpoints.TaskQuery) is { } fault)
        {
            return PortraitResults.Injected(fault, context);
        }

        var body = await PortraitRequestJson.ReadObjectAsync(context.Request, context.RequestAborted);
        var taskId = body is { } json ? PortraitRequestJson.Text(json, "task_id") : null;
        if (string.IsNullOrEmpty(taskId))
        {
            return PortraitResults.Error(PortraitRetCodes.InvalidParameter, "task_id is required.");
        }

        return store.Find(taskId) is { } task
            ? PortraitResults.Ok(links.Describe(task, PortraitTaskLinks.RootFor(baseUrl, context.Request)))
            : PortraitResults.Error(PortraitRetCodes.NotFound, $"Unknown task_id {taskId}.");
    }
}
