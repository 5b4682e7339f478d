using GenerationGateway.Adapters.Workflow.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Adapters.Workflow.Tests.RateLimiting;

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

    /// <summary>
    /// Runs <paramref name="callers"/> concurrent acquisitions of one limiter on <paramref name="clock"/>, moving the clock
    /// on in steps of a quarter interval until every caller is through; returns, per caller, its slot and the moment it
    /// was let go by that clock. Time passes only when the test moves it: a starved thread pool makes the test slower, and
    /// a caller that misses its slot by more than the policy allows takes a fresh one, which the assertions accept.
    /// </summary>
    public static async Task<IReadOnlyList<(DateTimeOffset Slot, DateTimeOffset Released)>> GrantsOnFakeClockAsync(
        ISharedRateLimiter limiter, FakeTimeProvider clock, RateLimitPolicy policy, int callers)
    {
        var calls = Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            var decision = await limiter.AcquireAsync(policy, CancellationToken.None);
            var released = clock.GetUtcNow();
            Assert.True(decision.IsGranted, $"Caller {i} was denied (retry after {decision.RetryAfter}).");
            return (decision.SlotAt!.Value, released);
        })).ToList();
        var all = Task.WhenAll(calls);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!all.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{calls.Count(c => !c.IsCompleted)} callers were still waiting after two minutes.");
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System));
            clock.Advance(policy.Interval / 4);
        }

        return await all;
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
