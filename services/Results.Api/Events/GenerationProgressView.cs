using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;

namespace GenerationGateway.Results.Api.Events;

/// <summary>The data of an <c>accepted</c> or <c>progress</c> event.</summary>
public sealed record GenerationProgressView
{
    const int ProcessingStart = 10;
    const int ProcessingEnd = 90;

    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public required GenerationStatus Status { get; init; }

    public GenerationStage? Stage { get; init; }

    /// <summary>0 to 100, never lower than an earlier event's.</summary>
    public required int Percent { get; init; }

    /// <summary>Seconds until the vendor is estimated to finish, from the pace of processing so far; absent when not estimable.</summary>
    public int? EtaSeconds { get; init; }

    /// <summary>While the stage is <c>queued</c>: the job's place in the vendor's queue and an estimate of its start.</summary>
    public GenerationQueuePlace? Queue { get; init; }

    public static GenerationProgressView Of(GenerationFeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Processing spans 10-90 % (the workflow maps the vendor's own 0-100 onto it): only a vendor that reported progress
        // past the start (Rodin, Hunyuan, Aholo, portrait) gives a pace to extrapolate; DashScope reports none.
        int? eta = null;
        if (entry.Stage == GenerationStage.Processing && entry.Progress is > ProcessingStart and < ProcessingEnd)
        {
            var done = (entry.Progress - ProcessingStart) / (double)(ProcessingEnd - ProcessingStart);
            var elapsed = (entry.OccurredAt - entry.CreatedAt).TotalSeconds;
            eta = elapsed > 0 ? (int)Math.Ceiling(elapsed * (1 - done) / done) : null;
        }

        return new GenerationProgressView
        {
            GenerationId = entry.GenerationId,
            Vendor = entry.Vendor,
            Status = entry.Status,
            Stage = entry.Stage,
            Percent = entry.Progress,
            EtaSeconds = eta,
            Queue = entry.Queue,
        };
    }
}
