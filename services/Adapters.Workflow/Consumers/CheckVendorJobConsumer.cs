using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.ServiceDefaults.FaultInjection;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Consumers;

public sealed class CheckVendorJobConsumer<TVendor>(TVendor vendor, IFaultInjector faults) : IConsumer<CheckVendorJob>
    where TVendor : class, IVendorWorkflow
{
    public async Task Consume(ConsumeContext<CheckVendorJob> context)
    {
        var generationId = context.Message.GenerationId;
        StatusOutcome outcome;
        try
        {
            outcome = await vendor.CheckAsync(context.Message.Job, context.CancellationToken);
        }
        catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Throttled)
        {
            // Polling too fast is not a failure of the job: wait as long as the vendor asks.
            await context.RespondAsync(new VendorJobRunning { GenerationId = generationId, RetryAfter = exception.RetryAfter, VendorStatus = "throttled" });
            return;
        }
        catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Unreachable)
        {
            // The vendor could not be reached: the job is not known to have changed; check again on the next interval.
            await context.RespondAsync(new VendorJobRunning { GenerationId = generationId, VendorStatus = "unreachable" });
            return;
        }
        catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Rejected)
        {
            await context.RespondAsync(StepFailures.From(generationId, WorkflowStep.Check, exception));
            return;
        }

        faults.Reached(FaultPoints.StatusChecked);
        switch (outcome.Status)
        {
            case VendorJobStatus.Succeeded:
                await context.RespondAsync(new VendorJobSucceeded { GenerationId = generationId, VendorStatus = outcome.VendorStatus, State = outcome.State });
                break;
            case VendorJobStatus.Failed:
                await context.RespondAsync(new VendorStepFailed
                {
                    GenerationId = generationId,
                    Step = WorkflowStep.Check,
                    Reason = outcome.FailureReason ?? Contracts.FailureReason.VendorJobFailed,
                    Retryable = outcome.Retryable,
                    VendorCode = outcome.VendorCode,
                    VendorMessage = outcome.VendorMessage,
                });
                break;
            default:
                await context.RespondAsync(new VendorJobRunning
                {
                    GenerationId = generationId,
                    Percent = outcome.Percent,
                    VendorStatus = outcome.VendorStatus,
                    RetryAfter = outcome.RetryAfter,
                    State = outcome.State,
                });
                break;
        }
    }
}
