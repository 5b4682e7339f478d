namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorJobSubmitted
{
    public required Guid GenerationId { get; init; }

    public required string VendorJobId { get; init; }

    public required IReadOnlyDictionary<string, string> State { get; init; }

    public TimeSpan? FirstCheckAfter { get; init; }
}
