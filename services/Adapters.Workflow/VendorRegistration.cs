using GenerationGateway.ServiceDefaults;
using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>Names one vendor's workflow: its key, where its sagas live and the queues its saga and its vendor calls use.</summary>
public sealed class VendorRegistration<TVendor>
    where TVendor : class, IVendorWorkflow
{
    public VendorRegistration(string vendor, WorkflowStorage storage)
    {
        Vendor = vendor;
        Storage = storage;
        WorkflowQueue = GenerationTopology.VendorWorkflowQueue(vendor);
        VendorCallsQueue = GenerationTopology.VendorCallsQueue(vendor);
        InputsQueue = GenerationTopology.VendorInputsQueue(vendor);
        WorkflowAddress = DurableQueues.SendAddress(WorkflowQueue);
        VendorCallsAddress = DurableQueues.SendAddress(VendorCallsQueue);
        InputsAddress = DurableQueues.SendAddress(InputsQueue);
    }

    public string Vendor { get; }

    /// <summary>Where the vendor's sagas live, and so which outbox guards what they send.</summary>
    public WorkflowStorage Storage { get; }

    /// <summary>Queue of the vendor's saga: its requests, cancellations, replies and timers.</summary>
    public string WorkflowQueue { get; }

    /// <summary>Queue of the consumers that call the vendor.</summary>
    public string VendorCallsQueue { get; }

    /// <summary>Queue of the input preparation (fetching the client's inputs), apart so that slow inputs hold up no vendor call.</summary>
    public string InputsQueue { get; }

    public Uri WorkflowAddress { get; }

    public Uri InputsAddress { get; }

    public Uri VendorCallsAddress { get; }
}
