using GenerationGateway.Adapters.Workflow.RateLimiting;

namespace GenerationGateway.Adapters.DashScope.Tests.RateLimiting;

/// <summary>Two limiters (two replicas) sharing one real PostgreSQL database, a database of this class's own.</summary>
public sealed class PostgresSharedRateLimiterTests : IAsyncLifetime
{
    readonly TestDatabase _database = new("dashscope_limiter");
    readonly List<PostgresSharedRateLimiter> _limiters = [];

    public Task InitializeAsync() => _database.CreateAsync();

    public async Task DisposeAsync()
    {
        foreach (var limiter in _limiters)
        {
            await limiter.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    PostgresSharedRateLimiter Replica()
    {
        var limiter = new PostgresSharedRateLimiter(_database.ConnectionString, TimeProvider.System);
        _limiters.Add(limiter);
        return limiter;
    }

    static RateLimitPolicy Policy(double rate, TimeSpan maxWait) => new("dashscope-" + Guid.NewGuid().ToString("N"), rate, maxWait);

    [Fact]
    public async Task Two_replicas_together_never_get_more_than_the_rate_in_any_second_and_none_goes_early()
    {
        var policy = Policy(18, TimeSpan.FromSeconds(30));

        var grants = await Windows.GrantsAsync([Replica(), Replica()], policy, callers: 45);

        Windows.AssertKeptTheRate(grants, policy);
    }

    [Fact]
    public async Task A_replica_is_denied_the_slot_another_replica_took()
    {
        var policy = Policy(0.2, TimeSpan.Zero);

        var first = await Replica().AcquireAsync(policy, CancellationToken.None);
        var second = await Replica().AcquireAsync(policy, CancellationToken.None);

        Assert.True(first.IsGranted);
        Assert.False(second.IsGranted);
        Assert.InRange(second.RetryAfter, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Creates_its_table_on_first_use()
    {
        await Replica().AcquireAsync(Policy(10, TimeSpan.FromSeconds(1)), CancellationToken.None);

        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'shared-rate-limiter'"));
    }
}
