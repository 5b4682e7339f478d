using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Consumers;

public sealed class CancelVendorJobConsumer<TVendor>(TVendor vendor) : IConsumer<CancelVendorJob>
    where TVendor : class, IVendorWorkflow
{
    public async Task Consume(ConsumeContext<CancelVendorJob> context)
    {
        CancelOutcome outcome;
        try
        {
            outcome = await vendor.CancelAsync(context.Message.Job, context.CancellationToken);
        }
        catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Rejected)
        {
            outcome = CancelOutcome.NotStoppable($"The vendor refused to stop the job: {exception.Message}");
        }

        await context.RespondAsync(new VendorJobStopped { GenerationId = context.Message.GenerationId, Stopped = outcome.Stopped, Note = outcome.Note });
    }
}
