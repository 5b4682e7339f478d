namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>The limiter of the one-process default (in-memory bus: there is no other replica to share with).</summary>
public sealed class InMemorySharedRateLimiter(TimeProvider clock) : ISharedRateLimiter
{
    readonly Lock _gate = new();
    readonly RateLimitSlots _slots = new();

    public async Task<RateLimitDecision> AcquireAsync(RateLimitPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        while (true)
        {
            TimeSpan? wait;
            TimeSpan retryAfter;
            DateTimeOffset now;
            lock (_gate)
            {
                now = clock.GetUtcNow();
                wait = _slots.TryReserve(policy, now, out retryAfter);
            }

            if (wait is not { } delay)
            {
                return RateLimitDecision.Denied(retryAfter);
            }

            var lateBy = await SlotWait.UntilAsync(clock, delay, cancellationToken);
            if (!SlotWait.Missed(policy, lateBy))
            {
                return RateLimitDecision.Granted(now + delay);
            }
        }
    }
}
