using GenerationGateway.Contracts;

namespace GenerationGateway.Results.Api.Generations;

/// <summary>
/// One lifecycle event, normalized for the store. Unset members leave the record as it is; the store's rules
/// decide what a late or repeated change may still alter.
/// </summary>
public sealed record GenerationChange
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    /// <summary>The bus message id: a change whose message id was already applied has no effect.</summary>
    public Guid? MessageId { get; init; }

    /// <summary>When the event was sent; the store's clock when unknown.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    public GenerationStatus? Status { get; init; }

    public GenerationStage? Stage { get; init; }

    public int? Progress { get; init; }

    /// <summary>The job's place in the vendor's queue, reported with stage <c>queued</c>.</summary>
    public GenerationQueuePlace? Queue { get; init; }

    public string? VendorJobId { get; init; }

    public bool CancelRequested { get; init; }

    public GenerationRequested? Request { get; init; }

    public GenerationFailure? Failure { get; init; }

    public GenerationCancellation? Cancellation { get; init; }

    public VendorUsage? Usage { get; init; }

    public string? PartialNote { get; init; }

    /// <summary>The W3C trace id the event travelled in: one trace per generation.</summary>
    public string? TraceId { get; init; }

    public IReadOnlyList<GeneratedAsset> Assets { get; init; } = [];
}
