namespace GenerationGateway.Contracts;

/// <summary>The vendor accepted the job: a paid vendor job now exists.</summary>
public sealed record GenerationAccepted
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public required string VendorJobId { get; init; }
}
