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
}
