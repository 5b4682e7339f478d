using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>
/// One vendor job the status poller watches: tracked when the vendor accepts it, removed when the generation leaves
/// processing. The poller checks it at <see cref="NextCheckAt"/> and tells the workflow only what changed.
/// </summary>
public sealed record StatusCheckEntry
{
    public required string Vendor { get; init; }

    public required Guid GenerationId { get; init; }

    /// <summary>What the vendor call needs: the request, the vendor's job id and memo (updated when a check changes it).</summary>
    public required VendorJob Job { get; init; }

    /// <summary>The generation's deadline: an entry its workflow left behind is dropped after it.</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>When the next check is due (a claim moves it to the end of the claim's lease).</summary>
    public required DateTimeOffset NextCheckAt { get; init; }

    /// <summary>Checks run so far (drives the backoff).</summary>
    public int CheckCount { get; init; }

    /// <summary>Checks that failed in a row (vendor unavailable or answering nonsense).</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The vendor percent the workflow was last told.</summary>
    public int? LastPercent { get; init; }

    /// <summary>The W3C <c>traceparent</c> of the workflow step that started watching: every check joins the generation's trace.</summary>
    public string? TraceParent { get; init; }
}
