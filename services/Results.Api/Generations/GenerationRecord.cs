using System.Text.Json;
using System.Text.Json.Serialization;
using GenerationGateway.Contracts;

namespace GenerationGateway.Results.Api.Generations;

/// <summary>What Results knows about one generation; also the JSON answered by the API.</summary>
public sealed record GenerationRecord
{
    public required Guid Id { get; init; }

    /// <summary>Null until the <see cref="GenerationRequested"/> has been recorded.</summary>
    public string? TenantId { get; init; }

    public string? ClientReference { get; init; }

    public required string Vendor { get; init; }

    public TaskKind? Kind { get; init; }

    public required GenerationStatus Status { get; init; }

    public GenerationStage? Stage { get; init; }

    /// <summary>0 to 100; never goes backwards.</summary>
    public required int Progress { get; init; }

    /// <summary>While <see cref="Stage"/> is <c>queued</c>: the job's place in the vendor's queue and an estimate of its start; null otherwise.</summary>
    public GenerationQueuePlace? Queue { get; init; }

    /// <summary>When the latest stage-bearing event was sent: an older queue report (delivered late) does not move the queue back.</summary>
    [JsonIgnore]
    public DateTimeOffset? StageReportedAt { get; init; }

    public string? VendorJobId { get; init; }

    /// <summary>A <see cref="CancelGeneration"/> was seen; the adapter decides what happens.</summary>
    public bool CancelRequested { get; init; }

    public GenerationFailure? Failure { get; init; }

    public GenerationCancellation? Cancellation { get; init; }

    public VendorUsage? Usage { get; init; }

    public string? PartialNote { get; init; }

    /// <summary>The W3C trace id of the generation's trace, from intake's request to the stored result.</summary>
    public string? TraceId { get; init; }

    public IReadOnlyList<GeneratedAsset> Assets { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the generation reached its terminal status (completed, failed or cancelled).</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The original request as JSON (callback secret removed); null until it has been recorded.</summary>
    public JsonElement? Request { get; init; }
}
