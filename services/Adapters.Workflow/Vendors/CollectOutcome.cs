using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

public sealed record CollectOutcome
{
    public required IReadOnlyList<VendorAsset> Assets { get; init; }

    public VendorUsage? Usage { get; init; }

    /// <summary>Set on a partial success: what is missing.</summary>
    public string? PartialNote { get; init; }
}
