namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>The generation is over: its slot (or its place in the vendor's queue) goes back, and the next job is granted.</summary>
public sealed record ReleaseVendorSlot
{
    public required Guid GenerationId { get; init; }
}
