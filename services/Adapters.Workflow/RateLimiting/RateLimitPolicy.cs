namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>One shared limit: its bucket (the vendor account it protects), its rate, and how long a caller may queue for a slot.</summary>
public sealed record RateLimitPolicy
{
    public RateLimitPolicy(string bucket, double permitsPerSecond, TimeSpan maxWait)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitsPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWait, TimeSpan.Zero);
        Bucket = bucket;
        PermitsPerSecond = permitsPerSecond;
        MaxWait = maxWait;
        // Whole microseconds, rounded up: PostgreSQL keeps intervals and timestamps to the microsecond.
        Interval = TimeSpan.FromMicroseconds(Math.Ceiling(1_000_000 / permitsPerSecond));
    }

    public string Bucket { get; }

    public double PermitsPerSecond { get; }

    /// <summary>The longest a caller queues for its slot before it is told to come back later.</summary>
    public TimeSpan MaxWait { get; }

    /// <summary>
    /// How late after its slot a held caller may still call. A caller resumed later than this takes a fresh slot, so
    /// in any second at most <see cref="PermitsPerSecond"/> × (1 s + MaxLateness) / 1 s calls go out, stalls or not.
    /// </summary>
    public TimeSpan MaxLateness { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The gap between two slots (rounded up to the microsecond, so the rate is never exceeded).</summary>
    public TimeSpan Interval { get; }
}
