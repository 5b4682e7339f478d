using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Consumers;

static class StepFailures
{
    public static VendorStepFailed From(Guid generationId, WorkflowStep step, VendorCallException exception) => new()
    {
        GenerationId = generationId,
        Step = step,
        Reason = exception.Reason,
        Retryable = exception.IsTransient,
        VendorCode = exception.VendorCode,
        VendorMessage = exception.Message,
    };
}
