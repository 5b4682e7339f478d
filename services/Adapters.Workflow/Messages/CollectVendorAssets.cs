using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Adapter-internal command: copy the finished job's assets into the asset store.</summary>
public sealed record CollectVendorAssets
{
    public required Guid GenerationId { get; init; }

    public required VendorJob Job { get; init; }
}
