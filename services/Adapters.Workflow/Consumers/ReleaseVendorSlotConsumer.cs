using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using MassTransit;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Consumers;

/// <summary>
/// Gives an ended generation's slot back and tells the generations granted in its place. A grant whose notice is lost (a crash
/// right after the release committed) is still found: a queued generation asks again at its recheck and finds its slot.
/// </summary>
public sealed class ReleaseVendorSlotConsumer<TVendor>(
    IVendorAdmission admission, VendorRegistration<TVendor> vendor, IOptionsMonitor<WorkflowOptions> options)
    : IConsumer<ReleaseVendorSlot>
    where TVendor : class, IVendorWorkflow
{
    public async Task Consume(ConsumeContext<ReleaseVendorSlot> context)
    {
        var policy = CapacityPolicy.Of(options.Get(vendor.Vendor));
        var granted = await admission.ReleaseAsync(vendor.Vendor, context.Message.GenerationId, policy, context.CancellationToken);
        await SlotGrants.NotifyAsync(context, vendor.WorkflowAddress, granted);
    }
}
