namespace GenerationGateway.Contracts;

public sealed record GenerationCompleted
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public required string VendorJobId { get; init; }

    public required IReadOnlyList<GeneratedAsset> Assets { get; init; }

    public VendorUsage? Usage { get; init; }

    /// <summary>Set when the vendor reported a partial success: what is missing and why.</summary>
    public string? PartialNote { get; init; }
}
