namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>
/// A vendor rate limit shared by every process that calls the vendor with the same account: each call takes
/// the next free slot of its bucket (slots are <see cref="RateLimitPolicy.Interval"/> apart) and waits for it.
/// In memory for the one-process default; in the adapter's PostgreSQL database when replicas share the account.
/// </summary>
public interface ISharedRateLimiter
{
    /// <summary>
    /// Waits for a slot and returns <see cref="RateLimitDecision.Granted"/>, or returns a denial at once when the
    /// next free slot lies more than <see cref="RateLimitPolicy.MaxWait"/> ahead (nothing is reserved then).
    /// A slot reserved and then abandoned (cancellation) is not given back: the limiter errs on the slow side.
    /// </summary>
    Task<RateLimitDecision> AcquireAsync(RateLimitPolicy policy, CancellationToken cancellationToken);
}
