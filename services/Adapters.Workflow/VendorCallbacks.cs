using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Messaging.Postgres;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>Hands an authenticated vendor callback to the vendor's workflow, which checks the job at once.</summary>
public sealed class VendorCallbacks<TVendor>(
    VendorRegistration<TVendor> vendor, ISendEndpointProvider sendEndpoints, IOptions<MessagingOptions> messaging, TimeProvider clock)
    where TVendor : class, IVendorWorkflow
{
    /// <exception cref="TimeoutException">The broker did not confirm within <see cref="MessagingOptions.PublishTimeout"/>.</exception>
    public async Task NotifyAsync(Guid generationId, string? vendorStatus, CancellationToken cancellationToken)
    {
        var endpoint = await sendEndpoints.GetSendEndpoint(vendor.WorkflowAddress);
        await BoundedSend.SendAsync(
            token => endpoint.Send(new VendorCallbackReceived { GenerationId = generationId, VendorStatus = vendorStatus }, token),
            messaging.Value.PublishTimeout, clock, cancellationToken);
    }
}
