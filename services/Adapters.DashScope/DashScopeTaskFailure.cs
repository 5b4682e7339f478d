using GenerationGateway.Adapters.DashScope.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>What a task that ended FAILED, CANCELED or UNKNOWN means for the generation.</summary>
static class DashScopeTaskFailure
{
    public static StatusOutcome Of(DashScopeTask task) => task.Status switch
    {
        DashScopeTaskStatus.Failed => Failed(task),
        DashScopeTaskStatus.Canceled => StatusOutcome.Failed(FailureReason.VendorJobFailed, retryable: true, task.Status,
            $"DashScope task {task.TaskId} was cancelled outside the gateway.", task.Status),
        _ => StatusOutcome.Failed(FailureReason.VendorJobLost, retryable: true, task.Status,
            $"DashScope no longer knows task {task.TaskId} (tasks are kept 24 h after they end).", task.Status),
    };

    static StatusOutcome Failed(DashScopeTask task)
    {
        var (reason, retryable) = task.Code switch
        {
            DashScopeErrors.InvalidParameter or DashScopeErrors.DataInspectionFailed or DashScopeErrors.InvalidApiKey
                or DashScopeErrors.AccessDenied or DashScopeErrors.Arrearage => ReasonOf(task),
            _ when task.Code?.StartsWith(DashScopeErrors.Throttling, StringComparison.Ordinal) == true => (FailureReason.VendorRateLimited, true),
            // InternalError and codes the docs do not list: the vendor's job failed; the same request may work again.
            _ => (FailureReason.VendorJobFailed, true),
        };
        var message = string.IsNullOrWhiteSpace(task.Message) ? $"DashScope task {task.TaskId} failed." : task.Message;
        return StatusOutcome.Failed(reason, retryable, task.Code ?? task.Status, message, task.Status);
    }

    static (FailureReason Reason, bool Retryable) ReasonOf(DashScopeTask task)
    {
        var reason = DashScopeErrors.ReasonOfCode(task.Code, task.Message);
        // A photo DashScope could not download may download next time; a bad or rejected request will not pass.
        return (reason, reason == FailureReason.InputUnavailable);
    }
}
