using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Adapter-internal command: run one preparation round at the vendor.</summary>
public sealed record PrepareVendorInputs
{
    public required Guid GenerationId { get; init; }

    public required VendorJob Job { get; init; }
}
