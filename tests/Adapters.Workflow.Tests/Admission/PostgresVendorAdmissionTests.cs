using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.TestSupport.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GenerationGateway.Adapters.Workflow.Tests.Admission;

/// <summary>Two admissions (two replicas, each its own pool) sharing one real PostgreSQL database, on a fake clock.</summary>
public sealed class PostgresVendorAdmissionTests : IAsyncLifetime
{
    const string Vendor = "hunyuan";
    static readonly CapacityPolicy CapOf2 = new() { MaxConcurrentJobs = 2, TypicalJobDuration = TimeSpan.FromMinutes(3) };

    readonly List<NpgsqlDataSource> _pools = [];
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    PostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresDatabase.CreateAsync("adm_admission", maxPoolSize: 10);

    public async Task DisposeAsync()
    {
        foreach (var pool in _pools)
        {
            await pool.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Two_replicas_never_grant_more_slots_than_the_cap()
    {
        var (first, second) = (Replica(), Replica());
        var tickets = Enumerable.Range(0, 20).Select(_ => Ticket("tenant-a")).ToArray();

        var decisions = await Task.WhenAll(tickets.Select((ticket, i) => (i % 2 == 0 ? first : second).AcquireAsync(ticket, CapOf2, CancellationToken.None)));

        Assert.Equal(2, decisions.Count(d => d.IsGranted));
        Assert.Equal(2L, await RunningAsync());
        Assert.All(decisions.Where(d => !d.IsGranted), d => Assert.InRange(d.Position, 1, 18));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var later = await first.AcquireAsync(Ticket("tenant-a"), CapOf2, CancellationToken.None);
        Assert.Equal(19, later.Position);
    }

    [Fact]
    public async Task A_redelivered_acquire_finds_its_own_slot_and_takes_no_other()
    {
        var admission = Replica();
        var ticket = Ticket("tenant-a");

        var once = await admission.AcquireAsync(ticket, CapOf2, CancellationToken.None);
        var again = await Replica().AcquireAsync(ticket, CapOf2, CancellationToken.None);

        Assert.True(once.IsGranted);
        Assert.True(again.IsGranted);
        Assert.Equal(1L, await RunningAsync());
    }

    [Fact]
    public async Task A_quiet_tenants_single_job_gets_the_next_freed_slot_ahead_of_a_burst()
    {
        var admission = Replica();
        var burst = new List<AdmissionTicket>();
        for (var i = 0; i < 50; i++)
        {
            burst.Add(Ticket("tenant-a"));
            await admission.AcquireAsync(burst[^1], CapOf2, CancellationToken.None);
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        var single = Ticket("tenant-b");
        var queued = await admission.AcquireAsync(single, CapOf2, CancellationToken.None);
        var granted = await admission.ReleaseAsync(Vendor, burst[0].GenerationId, CapOf2, null, CancellationToken.None);

        Assert.False(queued.IsGranted);
        Assert.Equal(1, queued.Position);
        Assert.Equal([single.GenerationId], granted);
        Assert.True((await admission.AcquireAsync(single, CapOf2, CancellationToken.None)).IsGranted);
        var next = await admission.ReleaseAsync(Vendor, burst[1].GenerationId, CapOf2, null, CancellationToken.None);
        Assert.Equal([burst[2].GenerationId], next);
    }

    [Fact]
    public async Task Freed_slots_follow_the_tenants_weights()
    {
        var admission = Replica();
        var capOf1 = CapOf2 with { MaxConcurrentJobs = 1 };
        var holder = Ticket("tenant-h");
        await admission.AcquireAsync(holder, capOf1, CancellationToken.None);
        var tickets = new Dictionary<Guid, string>();
        for (var i = 0; i < 12; i++)
        {
            foreach (var (tenant, weight) in new[] { ("heavy", 3), ("light", 1) })
            {
                var ticket = Ticket(tenant) with { Weight = weight };
                tickets[ticket.GenerationId] = tenant;
                await admission.AcquireAsync(ticket, capOf1, CancellationToken.None);
                _clock.Advance(TimeSpan.FromMilliseconds(1));
            }
        }

        var order = new List<string>();
        var running = holder.GenerationId;
        for (var i = 0; i < 8; i++)
        {
            var granted = Assert.Single(await admission.ReleaseAsync(Vendor, running, capOf1, null, CancellationToken.None));
            order.Add(tickets[granted]);
            running = granted;
        }

        Assert.Equal(6, order.Count(tenant => tenant == "heavy"));
        Assert.Equal(2, order.Count(tenant => tenant == "light"));
    }

    [Fact]
    public async Task A_release_frees_the_slot_of_a_job_that_ended_however_it_ended()
    {
        var admission = Replica();
        var running = new[] { Ticket("tenant-a"), Ticket("tenant-a") };
        foreach (var ticket in running)
        {
            Assert.True((await admission.AcquireAsync(ticket, CapOf2, CancellationToken.None)).IsGranted);
        }

        var waiting = Ticket("tenant-a");
        Assert.False((await admission.AcquireAsync(waiting, CapOf2, CancellationToken.None)).IsGranted);
        var cancelledWhileQueued = await admission.ReleaseAsync(Vendor, waiting.GenerationId, CapOf2, null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        var afterEnds = await Task.WhenAll(running.Select(t => admission.ReleaseAsync(Vendor, t.GenerationId, CapOf2, null, CancellationToken.None)));

        Assert.Empty(cancelledWhileQueued);
        Assert.All(afterEnds, Assert.Empty);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM vendor_admission"));
        Assert.Equal(240.0, await _database.ScalarAsync<double>($"SELECT mean_slot_seconds FROM vendor_admission_vendors WHERE vendor = '{Vendor}'"), 3);
    }

    [Fact]
    public async Task A_queued_job_past_its_deadline_is_never_granted()
    {
        var admission = Replica();
        var capOf1 = CapOf2 with { MaxConcurrentJobs = 1 };
        var holder = Ticket("tenant-a");
        await admission.AcquireAsync(holder, capOf1, CancellationToken.None);
        var expiring = Ticket("tenant-a") with { Deadline = _clock.GetUtcNow() + TimeSpan.FromMinutes(1) };
        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = Ticket("tenant-a");
        await admission.AcquireAsync(expiring, capOf1, CancellationToken.None);
        await admission.AcquireAsync(later, capOf1, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(2));
        var granted = await admission.ReleaseAsync(Vendor, holder.GenerationId, capOf1, null, CancellationToken.None);

        Assert.Equal([later.GenerationId], granted);
    }

    [Fact]
    public async Task The_sweeper_reclaims_slots_of_generations_that_are_over_or_gone_and_keeps_those_in_flight()
    {
        var admission = Replica();
        await using var pool = NpgsqlDataSource.Create(_database.ConnectionString);
        var database = Database(pool);
        var swept = new PostgresVendorAdmission(database, _clock);
        var (inFlight, over, gone) = (Ticket("tenant-a"), Ticket("tenant-a"), Ticket("tenant-b"));
        var capOf3 = CapOf2 with { MaxConcurrentJobs = 3 };
        foreach (var ticket in new[] { inFlight, over, gone })
        {
            Assert.True((await swept.AcquireAsync(ticket, capOf3, CancellationToken.None)).IsGranted);
        }

        await using (var command = pool.CreateCommand($"""
            CREATE TABLE hunyuan_workflow_state (correlation_id uuid PRIMARY KEY, current_state text);
            INSERT INTO hunyuan_workflow_state VALUES ('{inFlight.GenerationId}', 'Processing'), ('{over.GenerationId}', 'Failed');
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        var sweeper = new VendorAdmissionSweeper(database, [new SagaTableRetention(pool, "hunyuan_workflow_state", ["Completed", "Cancelled"], ["Failed"])]);
        var removed = await sweeper.PruneAsync(_clock.GetUtcNow() + TimeSpan.FromMinutes(2), new PostgresRetentionOptions(), CancellationToken.None);

        Assert.Equal(2, removed);
        Assert.Equal([inFlight.GenerationId], await _database.ScalarAsync<Guid[]>("SELECT array_agg(generation_id) FROM vendor_admission"));
        Assert.True((await admission.AcquireAsync(Ticket("tenant-c"), capOf3, CancellationToken.None)).IsGranted);
    }

    AdmissionTicket Ticket(string tenant) => new()
    {
        Vendor = Vendor,
        GenerationId = Guid.NewGuid(),
        TenantId = tenant,
        Deadline = _clock.GetUtcNow() + TimeSpan.FromHours(4),
    };

    Task<long> RunningAsync() => _database.ScalarAsync<long>("SELECT count(*) FROM vendor_admission WHERE state = 'running'");

    /// <summary>Each replica is its own process, with its own pool.</summary>
    PostgresVendorAdmission Replica()
    {
        var pool = NpgsqlDataSource.Create(_database.ConnectionString);
        _pools.Add(pool);
        return new PostgresVendorAdmission(Database(pool), _clock);
    }

    static VendorAdmissionDatabase Database(NpgsqlDataSource pool) =>
        new(new PostgresSchema(pool, VendorAdmissionDatabase.Component, VendorAdmissionDatabase.Migrations));
}
