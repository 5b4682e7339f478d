namespace GenerationGateway.Cli.Api;

/// <summary>A queued generation's place in its vendor's queue (the <c>queue</c> of a generation or a progress event).</summary>
public sealed record QueuePlace
{
    /// <summary>1 is the next to get a slot.</summary>
    public required int Position { get; init; }

    public int? EstimatedStartSeconds { get; init; }
}
