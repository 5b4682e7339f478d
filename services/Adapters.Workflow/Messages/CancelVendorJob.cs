using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Adapter-internal command: ask the vendor to stop the job.</summary>
public sealed record CancelVendorJob
{
    public required Guid GenerationId { get; init; }

    public required VendorJob Job { get; init; }
}
