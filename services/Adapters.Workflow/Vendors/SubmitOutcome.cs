namespace GenerationGateway.Adapters.Workflow.Vendors;

public sealed record SubmitOutcome
{
    public required string VendorJobId { get; init; }

    public IReadOnlyDictionary<string, string> State { get; init; } = new Dictionary<string, string>();

    /// <summary>The vendor's hint for the first status check (null: the workflow's backoff).</summary>
    public TimeSpan? FirstCheckAfter { get; init; }
}
