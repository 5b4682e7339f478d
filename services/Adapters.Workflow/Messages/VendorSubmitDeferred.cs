using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>The vendor throttled the submit, or could not be reached, and certainly created no job: submit again later.</summary>
public sealed record VendorSubmitDeferred
{
    public required Guid GenerationId { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }

    /// <summary>Why the generation fails if the submit is deferred too often: rate-limited, or the vendor unavailable (unreachable).</summary>
    public FailureReason Reason { get; init; } = FailureReason.VendorRateLimited;
}
