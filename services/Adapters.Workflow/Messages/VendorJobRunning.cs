namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorJobRunning
{
    public required Guid GenerationId { get; init; }

    public int? Percent { get; init; }

    public string? VendorStatus { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public IReadOnlyDictionary<string, string>? State { get; init; }
}
