namespace GenerationGateway.Cli.Api;

/// <summary>Why a generation failed, and whether trying again could succeed.</summary>
public sealed record GenerationFailure
{
    public required string Reason { get; init; }

    public bool Retryable { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }
}
