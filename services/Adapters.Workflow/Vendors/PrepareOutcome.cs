namespace GenerationGateway.Adapters.Workflow.Vendors;

public sealed record PrepareOutcome
{
    public required bool IsReady { get; init; }

    public IReadOnlyDictionary<string, string> State { get; init; } = new Dictionary<string, string>();

    /// <summary>When not ready: how long to wait before preparing again (null: the workflow's backoff).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Progress of the preparation, 0 to 100, when known.</summary>
    public int? Percent { get; init; }

    public static PrepareOutcome Ready(IReadOnlyDictionary<string, string> state) => new() { IsReady = true, State = state };

    public static PrepareOutcome Waiting(IReadOnlyDictionary<string, string> state, TimeSpan? retryAfter = null, int? percent = null) =>
        new() { IsReady = false, State = state, RetryAfter = retryAfter, Percent = percent };
}
