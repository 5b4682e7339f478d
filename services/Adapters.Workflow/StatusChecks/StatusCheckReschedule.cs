using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>What a check leaves for the next one: when it is due, the counters, and the vendor memo when it changed.</summary>
public sealed record StatusCheckReschedule
{
    public required Guid GenerationId { get; init; }

    public required DateTimeOffset NextCheckAt { get; init; }

    public required int CheckCount { get; init; }

    public required int ConsecutiveFailures { get; init; }

    public int? LastPercent { get; init; }

    /// <summary>The job with the vendor's updated memo; null keeps the stored one.</summary>
    public VendorJob? Job { get; init; }
}
