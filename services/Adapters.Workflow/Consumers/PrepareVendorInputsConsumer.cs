using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Consumers;

public sealed class PrepareVendorInputsConsumer<TVendor>(TVendor vendor) : IConsumer<PrepareVendorInputs>
    where TVendor : class, IVendorWorkflow
{
    public async Task Consume(ConsumeContext<PrepareVendorInputs> context)
    {
        var generationId = context.Message.GenerationId;
        PrepareOutcome outcome;
        try
        {
            outcome = await vendor.PrepareAsync(context.Message.Job, context.CancellationToken);
        }
        catch (VendorCallException exception) when (!exception.IsTransient)
        {
            await context.RespondAsync(StepFailures.From(generationId, WorkflowStep.Prepare, exception));
            return;
        }

        if (outcome.IsReady)
        {
            await context.RespondAsync(new VendorInputsPrepared { GenerationId = generationId, State = outcome.State });
        }
        else
        {
            await context.RespondAsync(new VendorInputsPending
            {
                GenerationId = generationId,
                State = outcome.State,
                RetryAfter = outcome.RetryAfter,
                Percent = outcome.Percent,
            });
        }
    }
}
