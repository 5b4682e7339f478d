namespace GenerationGateway.Contracts;

/// <summary>Command: stop a generation. Routed by <see cref="Vendor"/> like the request.</summary>
public sealed record CancelGeneration
{
    public required Guid GenerationId { get; init; }

    public required string Vendor { get; init; }

    public string? Reason { get; init; }
}
