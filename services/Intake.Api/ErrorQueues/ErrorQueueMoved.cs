namespace GenerationGateway.Intake.Api.ErrorQueues;

/// <summary>The answer to a redrive or a purge: how many messages left the queue, and where they went.</summary>
public sealed record ErrorQueueMoved
{
    public required string Queue { get; init; }

    public required long Messages { get; init; }

    /// <summary>The exchange a redrive sent them to; absent for a purge.</summary>
    public string? Destination { get; init; }
}
