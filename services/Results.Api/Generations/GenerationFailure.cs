using GenerationGateway.Contracts;

namespace GenerationGateway.Results.Api.Generations;

public sealed record GenerationFailure
{
    public required FailureReason Reason { get; init; }

    public required bool Retryable { get; init; }

    public string? VendorCode { get; init; }

    public string? VendorMessage { get; init; }
}
