using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>
/// Sits between a transactional saga's retry and its outbox: each attempt starts with no pending measurements, and what
/// an attempt measured is recorded when it ended well (or earlier, at the commit, through
/// <see cref="PendingWorkflowMeasurements.RecordCommitted"/>). An attempt that failed records nothing.
/// </summary>
internal sealed class WorkflowMeasurementsFilter<TMessage> : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var pending = context.GetOrAddPayload(() => new PendingWorkflowMeasurements());
        pending.Discard();
        await next.Send(context);
        pending.Record();
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("workflowMeasurements");
}
