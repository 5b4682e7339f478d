namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorInputsPending
{
    public required Guid GenerationId { get; init; }

    public required IReadOnlyDictionary<string, string> State { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    public int? Percent { get; init; }
}
