using GenerationGateway.Intake.Api.Quotas;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The token bucket rules, held against every <see cref="IRequestRateLimiter"/> (one subclass per implementation).</summary>
public abstract class RequestRateLimiterSpecs
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A limiter on the shared state; each call may stand for another replica.</summary>
    protected abstract IRequestRateLimiter Limiter();

    [Fact]
    public async Task Allows_a_burst_of_one_seconds_worth_then_refuses_with_the_time_to_the_next_token()
    {
        var limiter = Limiter();
        var tenant = GenerationBodies.NewTenant();

        for (var i = 0; i < 4; i++)
        {
            Assert.True((await limiter.TryAcquireAsync(tenant, 4, CancellationToken.None)).Allowed);
        }

        var refused = await limiter.TryAcquireAsync(tenant, 4, CancellationToken.None);
        Assert.False(refused.Allowed);
        Assert.Equal(0.25, refused.RetryAfter.TotalSeconds, precision: 3);

        Clock.Advance(TimeSpan.FromMilliseconds(250));
        Assert.True((await limiter.TryAcquireAsync(tenant, 4, CancellationToken.None)).Allowed);
        Assert.False((await limiter.TryAcquireAsync(tenant, 4, CancellationToken.None)).Allowed);
    }

    [Fact]
    public async Task A_rate_below_one_per_second_allows_one_request_and_then_one_per_interval()
    {
        var limiter = Limiter();
        var tenant = GenerationBodies.NewTenant();

        Assert.True((await limiter.TryAcquireAsync(tenant, 0.1, CancellationToken.None)).Allowed);
        var refused = await limiter.TryAcquireAsync(tenant, 0.1, CancellationToken.None);
        Assert.False(refused.Allowed);
        Assert.Equal(10, refused.RetryAfter.TotalSeconds, precision: 3);

        Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False((await limiter.TryAcquireAsync(tenant, 0.1, CancellationToken.None)).Allowed);
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await limiter.TryAcquireAsync(tenant, 0.1, CancellationToken.None)).Allowed);
    }

    [Fact]
    public async Task Keeps_tenants_apart()
    {
        var limiter = Limiter();
        var (first, second) = (GenerationBodies.NewTenant(), GenerationBodies.NewTenant());

        Assert.True((await limiter.TryAcquireAsync(first, 1, CancellationToken.None)).Allowed);
        Assert.False((await limiter.TryAcquireAsync(first, 1, CancellationToken.None)).Allowed);
        Assert.True((await limiter.TryAcquireAsync(second, 1, CancellationToken.None)).Allowed);
    }

    [Fact]
    public async Task Concurrent_requests_through_two_limiters_take_no_more_than_the_bucket_holds()
    {
        var replicas = new[] { Limiter(), Limiter() };
        var tenant = GenerationBodies.NewTenant();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => Task.Run(() => replicas[i % 2].TryAcquireAsync(tenant, 7, CancellationToken.None))));

        Assert.Equal(7, decisions.Count(x => x.Allowed));
    }

    [Fact]
    public async Task A_lowered_rate_caps_the_tokens_saved_at_the_old_rate()
    {
        var limiter = Limiter();
        var tenant = GenerationBodies.NewTenant();
        Assert.True((await limiter.TryAcquireAsync(tenant, 100, CancellationToken.None)).Allowed);

        Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True((await limiter.TryAcquireAsync(tenant, 2, CancellationToken.None)).Allowed);
        Assert.True((await limiter.TryAcquireAsync(tenant, 2, CancellationToken.None)).Allowed);
        Assert.False((await limiter.TryAcquireAsync(tenant, 2, CancellationToken.None)).Allowed);
    }
}
