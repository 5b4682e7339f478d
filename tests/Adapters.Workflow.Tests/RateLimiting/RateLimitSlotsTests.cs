using GenerationGateway.Adapters.Workflow.RateLimiting;

namespace GenerationGateway.Adapters.Workflow.Tests.RateLimiting;

/// <summary>The slot arithmetic both limiters share, on fixed instants.</summary>
public sealed class RateLimitSlotsTests
{
    static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    static TimeSpan Reserve(RateLimitSlots slots, RateLimitPolicy policy, DateTimeOffset now) =>
        slots.TryReserve(policy, now, out _) ?? throw new InvalidOperationException("denied");

    [Fact]
    public void Callers_at_the_same_moment_get_slots_one_interval_apart()
    {
        var slots = new RateLimitSlots();
        var policy = new RateLimitPolicy("b", 10, TimeSpan.FromSeconds(10));

        var waits = Enumerable.Range(0, 4).Select(_ => Reserve(slots, policy, Now)).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(300)], waits);
    }

    [Fact]
    public void A_bucket_left_idle_lets_the_next_caller_go_at_once()
    {
        var slots = new RateLimitSlots();
        var policy = new RateLimitPolicy("b", 10, TimeSpan.FromSeconds(10));
        Reserve(slots, policy, Now);
        Reserve(slots, policy, Now);

        Assert.Equal(TimeSpan.Zero, Reserve(slots, policy, Now + TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData(18)]
    [InlineData(20)]
    [InlineData(7.5)]
    public void Never_more_slots_than_the_rate_in_any_one_second_window(double rate)
    {
        var slots = new RateLimitSlots();
        var policy = new RateLimitPolicy("b", rate, TimeSpan.FromMinutes(1));

        var starts = Enumerable.Range(0, 200).Select(i => Reserve(slots, policy, Now + TimeSpan.FromMilliseconds(i * 3))).Select((wait, i) => TimeSpan.FromMilliseconds(i * 3) + wait);

        Assert.Equal((int)Math.Ceiling(rate), Windows.MostInAnyWindow(starts, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_slot_further_away_than_the_wait_is_denied_and_nothing_is_reserved()
    {
        var slots = new RateLimitSlots();
        var policy = new RateLimitPolicy("b", 10, TimeSpan.FromMilliseconds(250));
        for (var i = 0; i < 3; i++)
        {
            Reserve(slots, policy, Now);
        }

        var denied = slots.TryReserve(policy, Now, out var retryAfter);
        var deniedAgain = slots.TryReserve(policy, Now, out _);
        var later = slots.TryReserve(policy, Now + retryAfter, out _);

        Assert.Null(denied);
        Assert.Null(deniedAgain);
        Assert.Equal(TimeSpan.FromMilliseconds(100), retryAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(200), later);
    }

    [Fact]
    public void Buckets_do_not_share_slots()
    {
        var slots = new RateLimitSlots();
        var first = new RateLimitPolicy("account-a", 1, TimeSpan.FromSeconds(10));
        var second = new RateLimitPolicy("account-b", 1, TimeSpan.FromSeconds(10));
        Reserve(slots, first, Now);

        Assert.Equal(TimeSpan.Zero, Reserve(slots, second, Now));
        Assert.Equal(TimeSpan.FromSeconds(1), Reserve(slots, first, Now));
    }
}
