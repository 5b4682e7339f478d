using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorAssetsCollected
{
    public required Guid GenerationId { get; init; }

    public required IReadOnlyList<GeneratedAsset> Assets { get; init; }

    public VendorUsage? Usage { get; init; }

    public string? PartialNote { get; init; }
}
