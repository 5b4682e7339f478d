namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>What the limiter answered: the slot came (the call may go now), or come back after <see cref="RetryAfter"/>.</summary>
public sealed record RateLimitDecision
{
    public required bool IsGranted { get; init; }

    /// <summary>When denied: how long until a slot within the policy's wait is likely free.</summary>
    public TimeSpan RetryAfter { get; init; }

    public static RateLimitDecision Granted { get; } = new() { IsGranted = true };

    public static RateLimitDecision Denied(TimeSpan retryAfter) => new() { IsGranted = false, RetryAfter = retryAfter };
}
