using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.TestSupport.Infrastructure;
using Npgsql;
using static GenerationGateway.Adapters.Workflow.Tests.StatusChecks.StatusCheckEntries;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>The status checks of two replicas in one real PostgreSQL database (this class's own), on explicit times.</summary>
public sealed class PostgresStatusCheckStoreTests : IAsyncLifetime
{
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    readonly List<NpgsqlDataSource> _pools = [];
    PostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync("chk_status_checks", maxPoolSize: 10);

    public async Task DisposeAsync()
    {
        foreach (var pool in _pools)
        {
            await pool.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>Each replica is its own process, with its own pool.</summary>
    PostgresStatusCheckStore Replica()
    {
        var pool = NpgsqlDataSource.Create(_database.ConnectionString);
        _pools.Add(pool);
        return new PostgresStatusCheckStore(new StatusCheckDatabase(new PostgresSchema(pool, StatusCheckDatabase.Component, StatusCheckDatabase.Migrations)));
    }

    [Fact]
    public async Task Claims_due_checks_in_batches_and_leases_them_to_the_claimer()
    {
        var store = Replica();
        var tracked = await TrackAsync(store, 10, Start);
        await TrackAsync(store, 3, Start.AddMinutes(5));

        var first = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start, Start + Lease, 4, CancellationToken.None);
        var second = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start, Start + Lease, 4, CancellationToken.None);
        var third = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start, Start + Lease, 4, CancellationToken.None);
        var none = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start.AddSeconds(30), Start + Lease, 4, CancellationToken.None);

        Assert.Equal([4, 4, 2, 0], new[] { first.Count, second.Count, third.Count, none.Count });
        var claimed = first.Concat(second).Concat(third).ToList();
        Assert.Equal(tracked.Select(e => e.GenerationId).Order(), claimed.Select(e => e.GenerationId).Order());
        Assert.All(claimed, entry => Assert.Equal(Start, entry.NextCheckAt));
        Assert.Equal(tracked[0].Job.Request.Inputs.Prompt, claimed.Single(e => e.GenerationId == tracked[0].GenerationId).Job.Request.Inputs.Prompt);
        Assert.Equal(Start + Lease, await store.NextDueAsync(ScriptedVendor.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Two_replicas_claiming_at_once_never_get_the_same_check()
    {
        var (one, other) = (Replica(), Replica());
        await TrackAsync(one, 300, Start);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? one : other).ClaimDueAsync(ScriptedVendor.Key, "replica-" + (i % 2), Start, Start + Lease, 40, CancellationToken.None)));

        var ids = claims.SelectMany(c => c).Select(e => e.GenerationId).ToList();
        Assert.Equal(300, ids.Count);
        Assert.Equal(300, ids.Distinct().Count());
    }

    [Fact]
    public async Task Takes_over_the_checks_of_a_replica_that_died_once_their_lease_ends()
    {
        var (dead, alive) = (Replica(), Replica());
        await TrackAsync(dead, 5, Start);
        var held = await dead.ClaimDueAsync(ScriptedVendor.Key, "dead", Start, Start + Lease, 100, CancellationToken.None);

        var early = await alive.ClaimDueAsync(ScriptedVendor.Key, "alive", Start + Lease - TimeSpan.FromMilliseconds(1), Start + Lease + Lease, 100, CancellationToken.None);
        var takenOver = await alive.ClaimDueAsync(ScriptedVendor.Key, "alive", Start + Lease, Start + Lease + Lease, 100, CancellationToken.None);

        Assert.Equal(5, held.Count);
        Assert.Empty(early);
        Assert.Equal(held.Select(e => e.GenerationId).Order(), takenOver.Select(e => e.GenerationId).Order());
        Assert.All(takenOver, entry => Assert.Equal(Start + Lease, entry.NextCheckAt));

        // The dead replica wakes up late: its reschedule no longer counts; the one of the replica holding the lease does.
        await dead.RescheduleAsync("dead", [.. held.Select(e => Reschedule(e, Start.AddSeconds(1)))], CancellationToken.None);
        await alive.RescheduleAsync("alive", [.. takenOver.Select(e => Reschedule(e, Start + Lease + TimeSpan.FromSeconds(30)))], CancellationToken.None);
        Assert.Equal(Start + Lease + TimeSpan.FromSeconds(30), await alive.NextDueAsync(ScriptedVendor.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Keeps_what_a_check_learnt_and_forgets_removed_jobs()
    {
        var store = Replica();
        var tracked = await TrackAsync(store, 2, Start);
        var claimed = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start, Start + Lease, 10, CancellationToken.None);
        var learnt = claimed[0].Job with { State = new Dictionary<string, string> { ["uploaded"] = "yes", ["stage"] = "mesh" } };
        await store.RescheduleAsync("a", [Reschedule(claimed[0], Start.AddSeconds(10)) with { LastPercent = 40, Job = learnt }, Reschedule(claimed[1], Start.AddSeconds(10))], CancellationToken.None);
        await store.RemoveAsync(claimed[1].GenerationId, null, CancellationToken.None);
        await store.TrackAsync(tracked.Single(e => e.GenerationId == claimed[0].GenerationId) with { NextCheckAt = Start }, null, CancellationToken.None);

        var again = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start.AddSeconds(10), Start.AddMinutes(2), 10, CancellationToken.None);

        var entry = Assert.Single(again);
        Assert.Equal(claimed[0].GenerationId, entry.GenerationId);
        Assert.Equal(1, entry.CheckCount);
        Assert.Equal(40, entry.LastPercent);
        Assert.Equal("mesh", entry.Job.State["stage"]);
    }

    [Fact]
    public async Task The_workflows_writes_commit_or_roll_back_with_its_transaction()
    {
        var store = Replica();
        await using var connection = await _pools[^1].OpenConnectionAsync();
        var (rolledBack, committed) = (Due(Start), Due(Start));

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await store.TrackAsync(rolledBack, transaction, CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await store.TrackAsync(committed, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var claimed = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start, Start + Lease, 10, CancellationToken.None);
        Assert.Equal(committed.GenerationId, Assert.Single(claimed).GenerationId);
    }

    [Fact]
    public async Task A_callback_makes_the_next_check_due_now()
    {
        var store = Replica();
        var tracked = await TrackAsync(store, 1, Start.AddMinutes(10));

        await store.CheckNowAsync(tracked[0].GenerationId, Start, null, CancellationToken.None);

        var claimed = await store.ClaimDueAsync(ScriptedVendor.Key, "a", Start, Start + Lease, 10, CancellationToken.None);
        Assert.Equal(tracked[0].GenerationId, Assert.Single(claimed).GenerationId);
    }

    static StatusCheckReschedule Reschedule(StatusCheckEntry entry, DateTimeOffset next) => new()
    {
        GenerationId = entry.GenerationId,
        NextCheckAt = next,
        CheckCount = entry.CheckCount + 1,
        ConsecutiveFailures = 0,
        LastPercent = entry.LastPercent,
    };
}
