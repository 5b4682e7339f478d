namespace GenerationGateway.Contracts;

public sealed record GenerationFailed
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public required FailureReason Reason { get; init; }

    /// <summary>Whether the same request, submitted again, could succeed.</summary>
    public required bool Retryable { get; init; }

    public string? VendorJobId { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }
}
