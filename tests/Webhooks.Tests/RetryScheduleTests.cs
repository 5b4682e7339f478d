using GenerationGateway.Webhooks.Delivery;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Tests;

public sealed class RetryScheduleTests
{
    static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    readonly RetrySchedule _schedule = new(Options.Create(new WebhooksOptions()));

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(6, 160)]
    [InlineData(20, 3600)]
    public void The_wait_doubles_per_attempt_up_to_an_hour_within_twenty_percent_jitter(int attempts, double seconds)
    {
        var lowest = _schedule.Next(Start.AddDays(1), attempts, Start, 0)!.Value - Start;
        var highest = _schedule.Next(Start.AddDays(1), attempts, Start, 1)!.Value - Start;

        Assert.Equal(seconds * 0.8, lowest.TotalSeconds, 3);
        Assert.Equal(seconds * 1.2, highest.TotalSeconds, 3);
    }

    [Fact]
    public void Failing_deliveries_are_tried_for_a_whole_day_the_last_attempt_at_its_end_then_never()
    {
        var retryUntil = Start + TimeSpan.FromHours(24);
        var now = Start;
        var attempts = 0;
        while (_schedule.Next(retryUntil, ++attempts, now, 0.5) is { } next)
        {
            Assert.True(next > now);
            now = next;
        }

        Assert.Equal(retryUntil, now);
        Assert.InRange(attempts, 25, 40);
    }
}
