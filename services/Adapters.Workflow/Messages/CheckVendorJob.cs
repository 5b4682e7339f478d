using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Adapter-internal command: one status check of the vendor job.</summary>
public sealed record CheckVendorJob
{
    public required Guid GenerationId { get; init; }

    public required VendorJob Job { get; init; }
}
