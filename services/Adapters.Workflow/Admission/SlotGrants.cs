using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Messaging.Postgres;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>Tells queued generations that admission granted them a slot.</summary>
public static class SlotGrants
{
    public static async Task NotifyAsync(ConsumeContext context, Uri workflowAddress, IReadOnlyList<Guid> granted)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (granted.Count == 0)
        {
            return;
        }

        var endpoint = await context.GetSendEndpoint(workflowAddress);
        foreach (var generationId in granted)
        {
            // Bounded like the outbox's own delivery: a send hung on a lost broker node fails the consume, which is retried.
            await BoundedSend.SendAsync(
                token => endpoint.Send(new VendorSlotGranted { GenerationId = generationId }, token), BoundedSend.DeliveryTimeout, TimeProvider.System, context.CancellationToken);
        }
    }
}
