using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;

namespace GenerationGateway.Results.Api.Events;

/// <summary>One visible change of a generation in the event feed; <see cref="Sequence"/> is the SSE event id.</summary>
public sealed record GenerationFeedEntry
{
    public required long Sequence { get; init; }

    public required Guid GenerationId { get; init; }

    public string? TenantId { get; init; }

    public required string Vendor { get; init; }

    public required GenerationStatus Status { get; init; }

    public GenerationStage? Stage { get; init; }

    public required int Progress { get; init; }

    /// <summary>While queued: the job's place in the vendor's queue.</summary>
    public GenerationQueuePlace? Queue { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>When the generation was first recorded: the start of an ETA estimate.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
