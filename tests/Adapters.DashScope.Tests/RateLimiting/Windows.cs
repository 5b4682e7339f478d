using GenerationGateway.Adapters.Workflow.RateLimiting;

namespace GenerationGateway.Adapters.DashScope.Tests.RateLimiting;

/// <summary>Measures what concurrent callers of a limiter were given: their slots, and when each was let go.</summary>
static class Windows
{
    /// <summary>The largest number of <paramref name="times"/> inside any window of <paramref name="window"/> (half-open).</summary>
    public static int MostInAnyWindow(IEnumerable<TimeSpan> times, TimeSpan window)
    {
        var sorted = times.Order().ToArray();
        var most = 0;
        var first = 0;
        for (var last = 0; last < sorted.Length; last++)
        {
            while (sorted[last] - sorted[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    /// <summary>
    /// Runs <paramref name="callers"/> concurrent acquisitions spread over <paramref name="limiters"/>; returns, per caller,
    /// the slot it was given and the moment it was let go (by the system clock, which the database shares on this machine).
    /// </summary>
    public static async Task<IReadOnlyList<(DateTimeOffset Slot, DateTimeOffset Released)>> GrantsAsync(
        IReadOnlyList<ISharedRateLimiter> limiters, RateLimitPolicy policy, int callers)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var decision = await limiters[i % limiters.Count].AcquireAsync(policy, CancellationToken.None);
            var released = DateTimeOffset.UtcNow;
            Assert.True(decision.IsGranted, $"Caller {i} was denied (retry after {decision.RetryAfter}).");
            return (decision.SlotAt!.Value, released);
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(calls);
    }

    /// <summary>The slots never crowd more than the policy's rate into a second, and no caller went before its slot.</summary>
    public static void AssertKeptTheRate(IReadOnlyList<(DateTimeOffset Slot, DateTimeOffset Released)> grants, RateLimitPolicy policy)
    {
        var first = grants.Min(x => x.Slot);
        // At most the rate: fewer is allowed (on a loaded machine a caller that resumes late takes a fresh, later slot).
        var most = MostInAnyWindow(grants.Select(x => x.Slot - first), TimeSpan.FromSeconds(1));
        Assert.InRange(most, 1, (int)Math.Ceiling(policy.PermitsPerSecond));
        Assert.All(grants, grant => Assert.True(grant.Released >= grant.Slot - TimeSpan.FromMilliseconds(2), $"released {grant.Released:O} before its slot {grant.Slot:O}"));
    }
}
