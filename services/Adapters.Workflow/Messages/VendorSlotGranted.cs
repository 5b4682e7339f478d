namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>A slot at the vendor was granted to the queued generation: it submits now.</summary>
public sealed record VendorSlotGranted
{
    public required Guid GenerationId { get; init; }
}
