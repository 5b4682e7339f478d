namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>The vendor account is at its concurrency cap: the job waits in the vendor's queue (nothing was sent to the vendor).</summary>
public sealed record VendorSubmitQueued
{
    public required Guid GenerationId { get; init; }

    /// <summary>1 for the next job to be granted a slot.</summary>
    public required int Position { get; init; }

    public TimeSpan? Estimate { get; init; }
}
