using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.Submits;

public sealed record SubmitRecord
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public required DateTimeOffset IntentAt { get; init; }

    /// <summary>The vendor's answer; null while only the intent is known.</summary>
    public SubmitOutcome? Accepted { get; init; }
}
