using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>Hands an authenticated vendor callback to the vendor's workflow, which checks the job at once.</summary>
public sealed class VendorCallbacks<TVendor>(VendorRegistration<TVendor> vendor, ISendEndpointProvider sendEndpoints)
    where TVendor : class, IVendorWorkflow
{
    public async Task NotifyAsync(Guid generationId, string? vendorStatus, CancellationToken cancellationToken)
    {
        var endpoint = await sendEndpoints.GetSendEndpoint(vendor.WorkflowAddress);
        await endpoint.Send(new VendorCallbackReceived { GenerationId = generationId, VendorStatus = vendorStatus }, cancellationToken);
    }
}
