using GenerationGateway.Adapters.Workflow.RateLimiting;

namespace GenerationGateway.Adapters.DashScope.Tests.RateLimiting;

/// <summary>The one-process limiter on the real clock: concurrent callers, measured by when each was let through.</summary>
public sealed class InMemorySharedRateLimiterTests
{
    [Fact]
    public async Task Concurrent_callers_never_exceed_the_accounts_rate_in_any_second()
    {
        var limiter = new InMemorySharedRateLimiter(TimeProvider.System);
        var policy = new RateLimitPolicy("dashscope-" + Guid.NewGuid().ToString("N"), 18, TimeSpan.FromSeconds(30));

        var granted = await Windows.GrantTimesAsync([limiter], policy, callers: 45);

        Assert.InRange(Windows.MostInAnyWindow(granted, TimeSpan.FromSeconds(1)), 18, Windows.AccountQueriesPerSecond);
        // 45 calls at 18/s: the last goes 44 intervals after the first, never sooner.
        Assert.True(granted.Max() - granted.Min() >= 44 * policy.Interval - TimeSpan.FromMilliseconds(5), $"span {granted.Max() - granted.Min()}");
    }

    [Fact]
    public async Task A_caller_the_queue_cannot_fit_is_denied_at_once()
    {
        var limiter = new InMemorySharedRateLimiter(TimeProvider.System);
        var policy = new RateLimitPolicy("dashscope-" + Guid.NewGuid().ToString("N"), 0.2, TimeSpan.Zero);

        var first = await limiter.AcquireAsync(policy, CancellationToken.None);
        var second = await limiter.AcquireAsync(policy, CancellationToken.None);

        Assert.True(first.IsGranted);
        Assert.False(second.IsGranted);
        Assert.InRange(second.RetryAfter, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }
}
