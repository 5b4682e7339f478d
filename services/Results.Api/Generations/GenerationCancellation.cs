namespace GenerationGateway.Results.Api.Generations;

public sealed record GenerationCancellation
{
    public required bool VendorJobStopped { get; init; }

    public string? Note { get; init; }
}
