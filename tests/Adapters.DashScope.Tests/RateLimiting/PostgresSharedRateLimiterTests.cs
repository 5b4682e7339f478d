using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.TestSupport.Infrastructure;
using Npgsql;

namespace GenerationGateway.Adapters.DashScope.Tests.RateLimiting;

/// <summary>Two limiters (two replicas) sharing one real PostgreSQL database, a database of this class's own.</summary>
public sealed class PostgresSharedRateLimiterTests : IAsyncLifetime
{
    readonly List<NpgsqlDataSource> _replicaPools = [];
    PostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync("dashscope_limiter");

    public async Task DisposeAsync()
    {
        foreach (var pool in _replicaPools)
        {
            await pool.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    PostgresSharedRateLimiter Replica()
    {
        return new PostgresSharedRateLimiter(ReplicaPool(), TimeProvider.System);
    }

    /// <summary>Each replica is its own process, with its own pool.</summary>
    NpgsqlDataSource ReplicaPool()
    {
        var pool = NpgsqlDataSource.Create(_database.ConnectionString);
        _replicaPools.Add(pool);
        return pool;
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
    public async Task A_replica_that_resumes_long_after_its_slot_takes_a_fresh_slot_instead_of_bunching_up()
    {
        var clock = new StallingClock();
        var limiter = new PostgresSharedRateLimiter(ReplicaPool(), clock);
        var policy = Policy(1, TimeSpan.FromSeconds(30));
        var first = await Replica().AcquireAsync(policy, CancellationToken.None);
        var missed = first.SlotAt!.Value + policy.Interval;

        // The held caller reserves the slot after the first one, then resumes three intervals late by its own clock.
        var held = limiter.AcquireAsync(policy, CancellationToken.None);
        await ReservedAsync(policy, missed);
        clock.Stall(policy.Interval * 3);
        var late = await held;

        Assert.True(late.IsGranted);
        Assert.True(late.SlotAt > missed, $"Granted the slot at {late.SlotAt:O} it missed ({missed:O}); it should have taken a fresh one.");
    }

    /// <summary>Waits until the bucket's next free slot lies past <paramref name="slot"/>: someone reserved it.</summary>
    async Task ReservedAsync(RateLimitPolicy policy, DateTimeOffset slot)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var sql = $"SELECT coalesce(bool_or(next_slot > '{slot:O}'::timestamptz), false) FROM rate_limit_slots WHERE bucket = '{policy.Bucket}'";
        while (!await _database.ScalarAsync<bool>(sql))
        {
            Assert.True(DateTime.UtcNow < deadline, "The held caller never reserved its slot.");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task Creates_its_table_on_first_use()
    {
        await Replica().AcquireAsync(Policy(10, TimeSpan.FromSeconds(1)), CancellationToken.None);

        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM schema_version WHERE component = 'shared-rate-limiter'"));
    }
}
