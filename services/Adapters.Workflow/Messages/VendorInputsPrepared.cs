namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorInputsPrepared
{
    public required Guid GenerationId { get; init; }

    public required IReadOnlyDictionary<string, string> State { get; init; }
}
