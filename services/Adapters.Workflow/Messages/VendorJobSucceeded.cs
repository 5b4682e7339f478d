namespace GenerationGateway.Adapters.Workflow.Messages;

public sealed record VendorJobSucceeded
{
    public required Guid GenerationId { get; init; }

    public string? VendorStatus { get; init; }

    public IReadOnlyDictionary<string, string>? State { get; init; }
}
