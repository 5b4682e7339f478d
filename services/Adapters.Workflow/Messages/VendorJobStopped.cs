namespace GenerationGateway.Adapters.Workflow.Messages;

/// <summary>Reply to <see cref="CancelVendorJob"/>.</summary>
public sealed record VendorJobStopped
{
    public required Guid GenerationId { get; init; }

    public required bool Stopped { get; init; }

    public string? Note { get; init; }
}
