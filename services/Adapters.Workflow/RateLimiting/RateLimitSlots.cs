namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>
/// The slot arithmetic both limiters share (a time-slot reservation, the generic cell rate algorithm without
/// burst): a bucket remembers its next free slot; a caller takes <c>max(next, now)</c> and moves next on by one
/// interval, unless that slot is further than the policy's wait away. Not thread-safe; callers serialize.
/// </summary>
public sealed class RateLimitSlots
{
    readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    /// <summary>Reserves a slot at or after <paramref name="now"/>: the wait until it, or null when denied (<paramref name="retryAfter"/> set).</summary>
    public TimeSpan? TryReserve(RateLimitPolicy policy, DateTimeOffset now, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var next = _next.TryGetValue(policy.Bucket, out var value) ? value : DateTimeOffset.MinValue;
        if (next > now + policy.MaxWait)
        {
            var behind = next - now - policy.MaxWait;
            retryAfter = behind > policy.Interval ? behind : policy.Interval;
            return null;
        }

        var slot = next > now ? next : now;
        _next[policy.Bucket] = slot + policy.Interval;
        retryAfter = TimeSpan.Zero;
        return slot - now;
    }
}
