namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>What the limiter answered: the slot came (the call may go now), or come back after <see cref="RetryAfter"/>.</summary>
public sealed record RateLimitDecision
{
    public required bool IsGranted { get; init; }

    /// <summary>When granted: the slot the call was given, by the limiter's clock (the database's for the shared one); the caller was held until then.</summary>
    public DateTimeOffset? SlotAt { get; init; }

    /// <summary>When denied: how long until a slot within the policy's wait is likely free.</summary>
    public TimeSpan RetryAfter { get; init; }

    public static RateLimitDecision Granted(DateTimeOffset slotAt) => new() { IsGranted = true, SlotAt = slotAt };

    public static RateLimitDecision Denied(TimeSpan retryAfter) => new() { IsGranted = false, RetryAfter = retryAfter };
}
