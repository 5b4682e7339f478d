using GenerationGateway.VendorSim.DashScope.Faults;
using GenerationGateway.VendorSim.DashScope.Responses;
using GenerationGateway.VendorSim.DashScope.Tasks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.DashScope.Endpoints;

/// <summary>
/// <c>POST /api/v1/tasks/{taskId}/cancel</c>: a PENDING task becomes CANCELED (200 <c>{"request_id"}</c>); any other
/// status answers 400 <c>UnsupportedOperation</c>; an unknown or expired task 404 <c>NotFound</c>.
/// </summary>
public static class DashScopeCancelEndpoint
{
    public static IResult Handle(
        string taskId, DashScopeScriptedFaults faults, Gen3dTaskStore store, TimeProvider time, IOptions<DashScopeSimulatorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (faults.TakeRequestFault(DashScopeFaultEndpoints.Cancel) is { } fault)
        {
            return DashScopeResults.Injected(fault);
        }

        var now = time.GetUtcNow();
        var timeline = options.Value.Timeline();
        var task = store.Find(taskId);
        if (task is null || task.StateAt(now, timeline).Status == Gen3dTaskStatus.Unknown)
        {
            return DashScopeResults.Error(StatusCodes.Status404NotFound, DashScopeErrorCodes.NotFound, $"Task {taskId} not found.");
        }

        return task.TryCancel(now, timeline)
            ? DashScopeResults.Json(new DashScopeCancelResponse(DashScopeResults.NewRequestId()))
            : DashScopeResults.Error(StatusCodes.Status400BadRequest, DashScopeErrorCodes.UnsupportedOperation,
                "Failed to cancel the task, please confirm if the task is in PENDING status.");
    }
}
