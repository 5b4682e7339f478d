namespace GenerationGateway.Intake.Api.ErrorQueues;

/// <summary>One fault queue of <c>GET /v1/admin/error-queues</c>: its name, the queue it belongs to, and its depth.</summary>
public sealed record ErrorQueueDepth
{
    public required string Queue { get; init; }

    /// <summary>The queue whose faulted (or skipped) messages land here; a redrive sends them to its exchange.</summary>
    public required string SourceQueue { get; init; }

    /// <summary>Messages ready in the queue; 0 when the broker has not declared it yet.</summary>
    public required long Messages { get; init; }

    /// <summary>Whether the broker has the queue (it is declared with its endpoint or at the first fault).</summary>
    public required bool Exists { get; init; }
}
