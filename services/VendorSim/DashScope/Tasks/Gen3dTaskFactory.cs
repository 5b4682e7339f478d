using GenerationGateway.VendorSim.DashScope.Faults;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.DashScope.Tasks;

/// <summary>Creates and stores a task for a valid submit, its script taken from the fault queue, then from the options.</summary>
public sealed class Gen3dTaskFactory(
    Gen3dTaskStore store,
    DashScopeScriptedFaults faults,
    TimeProvider time,
    IOptions<DashScopeSimulatorOptions> options,
    ILogger<Gen3dTaskFactory> logger)
{
    public Gen3dTask Create(Uri imageUrl)
    {
        var ordinal = store.NextOrdinal();
        var fault = faults.TakeTaskFault();
        var everyNth = options.Value.FailTaskEveryNth > 0 && ordinal % options.Value.FailTaskEveryNth == 0;
        var task = new Gen3dTask
        {
            TaskId = Guid.NewGuid().ToString(),
            ImageUrl = imageUrl,
            SubmittedAt = time.GetUtcNow(),
            Script = fault?.Kind switch
            {
                DashScopeFaultKinds.TaskFailed => Gen3dTaskScript.Fails,
                DashScopeFaultKinds.StayPending => Gen3dTaskScript.StaysPending,
                DashScopeFaultKinds.Stall => Gen3dTaskScript.Stalls,
                _ => everyNth ? Gen3dTaskScript.Fails : Gen3dTaskScript.Succeeds,
            },
            FailureCode = fault?.Code ?? "InternalError",
            FailureMessage = fault?.Message ?? "Internal server error.",
        };
        store.Add(task);
        logger.LogInformation("DashScope simulator created task {TaskId} (script {Script})", task.TaskId, task.Script);
        return task;
    }
}
