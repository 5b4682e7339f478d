namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>A rate limiter's answer: allowed, or refused until <see cref="RetryAfter"/> has passed.</summary>
public readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateDecision Allow { get; } = new(true, TimeSpan.Zero);

    public static RateDecision Refuse(TimeSpan retryAfter) => new(false, retryAfter);
}
