using GenerationGateway.Adapters.Workflow.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Adapters.Workflow.Tests.RateLimiting;

/// <summary>
/// The one-process limiter on a fake clock: concurrent callers, measured by when each was let through by that clock, so
/// a slow machine changes how long the test takes but not what it sees.
/// </summary>
public sealed class InMemorySharedRateLimiterTests
{
    [Fact]
    public async Task Concurrent_callers_never_get_more_than_the_rate_in_any_second_and_none_goes_early()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var limiter = new InMemorySharedRateLimiter(clock);
        var policy = new RateLimitPolicy("dashscope-" + Guid.NewGuid().ToString("N"), 18, TimeSpan.FromSeconds(30));

        var grants = await Windows.GrantsOnFakeClockAsync(limiter, clock, policy, callers: 45);

        Windows.AssertKeptTheRate(grants, policy);
    }

    [Fact]
    public async Task A_caller_the_queue_cannot_fit_is_denied_at_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var limiter = new InMemorySharedRateLimiter(clock);
        var policy = new RateLimitPolicy("dashscope-" + Guid.NewGuid().ToString("N"), 0.2, TimeSpan.Zero);

        var first = await limiter.AcquireAsync(policy, CancellationToken.None);
        var second = await limiter.AcquireAsync(policy, CancellationToken.None);

        Assert.True(first.IsGranted);
        Assert.False(second.IsGranted);
        Assert.Equal(TimeSpan.FromSeconds(5), second.RetryAfter);
    }

    [Fact]
    public async Task A_caller_that_resumes_long_after_its_slot_takes_a_fresh_slot_instead_of_bunching_up()
    {
        var clock = new StallingClock();
        var limiter = new InMemorySharedRateLimiter(clock);
        var policy = new RateLimitPolicy("dashscope-" + Guid.NewGuid().ToString("N"), 2, TimeSpan.FromSeconds(30));
        var first = await limiter.AcquireAsync(policy, CancellationToken.None);

        // The held caller reserves the slot after the first one (before AcquireAsync returns), then resumes 2 s late.
        var held = limiter.AcquireAsync(policy, CancellationToken.None);
        clock.Stall(TimeSpan.FromSeconds(2));
        var late = await held;

        Assert.True(late.IsGranted);
        Assert.True(late.SlotAt >= first.SlotAt + TimeSpan.FromSeconds(2),
            $"Granted the slot at {late.SlotAt:O} it missed (first slot {first.SlotAt:O}); it should have taken one after the stall.");
    }
}
