namespace GenerationGateway.Results.Api.Generations;

/// <summary>
/// A generation's place in its vendor's queue, shown only while its stage is <c>queued</c> (the vendor account is at its
/// concurrency cap); gone once the job leaves the queue.
/// </summary>
public sealed record GenerationQueuePlace
{
    /// <summary>The job's place in the vendor's queue: 1 is the next to get a slot.</summary>
    public required int Position { get; init; }

    /// <summary>About how many seconds until the job gets a slot, as estimated when the place was reported; absent when not estimable.</summary>
    public int? EstimatedStartSeconds { get; init; }

    /// <summary>The queue place a <see cref="Contracts.GenerationProgressed"/> reports, or null when it reports none.</summary>
    public static GenerationQueuePlace? Of(Contracts.GenerationProgressed message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Stage == Contracts.GenerationStage.Queued && message.QueuePosition is { } position
            ? new GenerationQueuePlace
            {
                Position = position,
                EstimatedStartSeconds = message.QueueEstimate is { } estimate ? (int)Math.Ceiling(Math.Max(0, estimate.TotalSeconds)) : null,
            }
            : null;
    }
}
