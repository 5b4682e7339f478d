using System.Diagnostics;
using GenerationGateway.Adapters.Workflow.RateLimiting;

namespace GenerationGateway.Adapters.DashScope.Tests.RateLimiting;

/// <summary>Measures what callers of a limiter saw: the moment each call was let through, by one stopwatch.</summary>
static class Windows
{
    /// <summary>The account's limit the shared limiter protects (VENDORS.md §3.3).</summary>
    public const int AccountQueriesPerSecond = 20;

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

    /// <summary>Runs <paramref name="callers"/> concurrent acquisitions spread over <paramref name="limiters"/>; returns when each was granted.</summary>
    public static async Task<IReadOnlyList<TimeSpan>> GrantTimesAsync(IReadOnlyList<ISharedRateLimiter> limiters, RateLimitPolicy policy, int callers)
    {
        var clock = Stopwatch.StartNew();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var decision = await limiters[i % limiters.Count].AcquireAsync(policy, CancellationToken.None);
            Assert.True(decision.IsGranted, $"Caller {i} was denied (retry after {decision.RetryAfter}).");
            return clock.Elapsed;
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(calls);
    }
}
