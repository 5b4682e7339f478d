namespace GenerationGateway.Contracts;

public sealed record GenerationCancelled
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    /// <summary>Whether the vendor job was stopped (false when the vendor cannot stop a running job, or none existed).</summary>
    public required bool VendorJobStopped { get; init; }

    public string? VendorJobId { get; init; }

    public string? Note { get; init; }
}
