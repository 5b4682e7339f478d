using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Adapter-internal command: the paid submit. Never retried blindly.</summary>
public sealed record SubmitVendorJob
{
    public required Guid GenerationId { get; init; }

    public required VendorJob Job { get; init; }

    /// <summary>The generation's deadline: how long it may wait in the vendor's queue.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
