namespace GenerationGateway.Adapters.Workflow.RateLimiting;

static class SlotWait
{
    /// <summary>
    /// Waits at least <paramref name="delay"/> by <paramref name="clock"/> (a timer that fires early is waited out)
    /// and returns how much later than that the caller got going again.
    /// </summary>
    public static async Task<TimeSpan> UntilAsync(TimeProvider clock, TimeSpan delay, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        for (var left = delay; left > TimeSpan.Zero; left = delay - clock.GetElapsedTime(started))
        {
            await Task.Delay(left, clock, cancellationToken);
        }

        return clock.GetElapsedTime(started) - delay;
    }

    /// <summary>
    /// True when the caller resumed so long after its slot (a stalled process, a starved thread pool) that calling
    /// now would bunch up with the calls that are on time: it takes a fresh slot instead.
    /// </summary>
    public static bool Missed(RateLimitPolicy policy, TimeSpan lateBy) => lateBy > policy.MaxLateness;
}
