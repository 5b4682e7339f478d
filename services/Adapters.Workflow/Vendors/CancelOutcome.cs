namespace GenerationGateway.Adapters.Workflow.Vendors;

public sealed record CancelOutcome
{
    /// <summary>Whether the vendor job is stopped.</summary>
    public required bool Stopped { get; init; }

    public string? Note { get; init; }

    public static CancelOutcome StoppedAtVendor { get; } = new() { Stopped = true };

    public static CancelOutcome NotStoppable(string note) => new() { Stopped = false, Note = note };
}
