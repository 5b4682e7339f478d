namespace GenerationGateway.Contracts;

public sealed record GenerationProgressed
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public required GenerationStage Stage { get; init; }

    /// <summary>Progress of the whole generation, 0 to 100.</summary>
    public required int Percent { get; init; }

    /// <summary>The vendor's own status word, for operators.</summary>
    public string? VendorStatus { get; init; }

    /// <summary>While <see cref="GenerationStage.Queued"/>: the job's place in the vendor's queue (1 = next to get a slot).</summary>
    public int? QueuePosition { get; init; }

    /// <summary>While <see cref="GenerationStage.Queued"/>: about how long until the job gets a slot.</summary>
    public TimeSpan? QueueEstimate { get; init; }
}
