using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.ServiceDefaults.FaultInjection;
using GenerationGateway.TestSupport.Infrastructure;
using Npgsql;
using static GenerationGateway.Adapters.Workflow.Tests.StatusChecks.StatusCheckEntries;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>A replica's status check passes against the real PostgreSQL store, on a fake clock.</summary>
public sealed class StatusCheckRoundTests : IAsyncLifetime
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    readonly ScriptedVendor _vendor = new();
    PostgresDatabase _database = null!;
    NpgsqlDataSource _pool = null!;
    PostgresStatusCheckStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("chk_status_round", maxPoolSize: 10);
        _pool = NpgsqlDataSource.Create(_database.ConnectionString);
        _store = new PostgresStatusCheckStore(new StatusCheckDatabase(new PostgresSchema(_pool, StatusCheckDatabase.Component, StatusCheckDatabase.Migrations)));
    }

    public async Task DisposeAsync()
    {
        await _pool.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Unchanged_answers_move_the_next_check_and_tell_the_workflow_nothing()
    {
        _vendor.Check = _ => Task.FromResult(StatusOutcome.Running("RUNNING"));
        await using var replica = await StartAsync(_vendor);
        await TrackAsync(_store, 50, Start);

        var claimed = await replica.Round.RunAsync(CancellationToken.None);

        Assert.Equal(50, claimed);
        Assert.Equal(50, _vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
        Assert.Empty(replica.Harness.Sent.Select<object>());
        Assert.Equal(0, await replica.Round.RunAsync(CancellationToken.None));
        var next = await _store.NextDueAsync(ScriptedVendor.Key, CancellationToken.None);
        Assert.True(next >= Start + Interval, $"The next check is due at {next}, before the interval.");
    }

    [Fact]
    public async Task Tells_the_workflow_of_progress_once_and_of_the_end()
    {
        var percent = 30;
        var done = new HashSet<Guid>();
        _vendor.Check = job => Task.FromResult(done.Contains(job.GenerationId)
            ? StatusOutcome.Succeeded("DONE")
            : StatusOutcome.Running("RUNNING", percent));
        await using var replica = await StartAsync(_vendor);
        var tracked = await TrackAsync(_store, 10, Start);

        await replica.Round.RunAsync(CancellationToken.None);
        Assert.Equal(10, replica.Sent<VendorJobRunning>());

        replica.Clock.Advance(Interval * 2);
        await replica.Round.RunAsync(CancellationToken.None);
        Assert.Equal(10, replica.Sent<VendorJobRunning>());

        done.UnionWith(tracked.Take(4).Select(e => e.GenerationId));
        percent = 60;
        replica.Clock.Advance(Interval * 2);
        await replica.Round.RunAsync(CancellationToken.None);
        Assert.Equal(16, replica.Sent<VendorJobRunning>());
        Assert.Equal(4, replica.Sent<VendorJobSucceeded>());
        Assert.Equal(30, _vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
    }

    [Fact]
    public async Task Fails_the_job_after_too_many_failed_checks_in_a_row_and_not_before()
    {
        _vendor.Check = _ => throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, "500", "server error");
        await using var replica = await StartAsync(_vendor, options => options.MaxConsecutiveCheckFailures = 2);
        await TrackAsync(_store, 1, Start);

        for (var pass = 0; pass < 2; pass++)
        {
            await replica.Round.RunAsync(CancellationToken.None);
            replica.Clock.Advance(Interval * 2);
        }

        Assert.Equal(0, replica.Sent<VendorStepFailed>());
        await replica.Round.RunAsync(CancellationToken.None);
        var failed = Assert.Single(replica.Harness.Sent.Select<VendorStepFailed>()).Context.Message;
        Assert.Equal(FailureReason.VendorUnavailable, failed.Reason);
        Assert.True(failed.Retryable);
    }

    [Fact]
    public async Task One_batched_vendor_call_serves_many_jobs()
    {
        var vendor = new BatchingVendor(_vendor);
        await using var replica = await StartAsync(vendor);
        await TrackAsync(_store, 250, Start);

        Assert.Equal(250, await replica.Round.RunAsync(CancellationToken.None));

        Assert.Equal([50, 100, 100], vendor.Batches.Order());
        Assert.Equal(0, _vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
    }

    [Fact]
    public async Task A_job_the_batched_answer_leaves_out_is_checked_on_its_own()
    {
        var vendor = new BatchingVendor(_vendor) { Answer = _ => null };
        _vendor.Check = _ => Task.FromResult(StatusOutcome.Succeeded("DONE"));
        await using var replica = await StartAsync(vendor);
        await TrackAsync(_store, 3, Start);

        await replica.Round.RunAsync(CancellationToken.None);

        Assert.Equal(3, _vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
        Assert.Equal(3, replica.Sent<VendorJobSucceeded>());
    }

    [Fact]
    public async Task Jitter_spreads_a_burst_of_checks_and_never_checks_before_the_interval()
    {
        _vendor.Check = _ => Task.FromResult(StatusOutcome.Running("RUNNING"));
        await using var replica = await StartAsync(_vendor, options => options.CheckJitter = 0.2);
        await TrackAsync(_store, 200, Start);

        await replica.Round.RunAsync(CancellationToken.None);

        var next = await _store.ClaimDueAsync(ScriptedVendor.Key, "probe", Start.AddHours(1), Start.AddHours(2), 1000, CancellationToken.None);
        var due = next.Select(e => e.NextCheckAt - Start).ToList();
        Assert.Equal(200, due.Count);
        Assert.All(due, delay => Assert.InRange(delay, Interval, Interval * 1.2));
        Assert.True(due.Distinct().Count() > 150, $"Only {due.Distinct().Count()} distinct check times for 200 jobs.");
        Assert.True(due.Max() - due.Min() > Interval * 0.1, $"The checks spread over {due.Max() - due.Min()} only.");
    }

    [Fact]
    public async Task Waits_as_long_as_the_vendor_hints()
    {
        _vendor.Check = _ => Task.FromResult(StatusOutcome.Running("RUNNING", retryAfter: TimeSpan.FromMinutes(3)));
        await using var replica = await StartAsync(_vendor, options => options.CheckJitter = 0);
        await TrackAsync(_store, 5, Start);

        await replica.Round.RunAsync(CancellationToken.None);

        Assert.Equal(Start.AddMinutes(3), await _store.NextDueAsync(ScriptedVendor.Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_check_interrupted_by_a_crash_is_run_again_after_the_lease()
    {
        _vendor.Check = _ => Task.FromResult(StatusOutcome.Succeeded("DONE"));
        await using var replica = await StartAsync(_vendor);
        replica.Faults.Throw(FaultPoints.StatusChecked, 1, () => new InvalidOperationException("killed"));
        await TrackAsync(_store, 1, Start);

        await Assert.ThrowsAsync<InvalidOperationException>(() => replica.Round.RunAsync(CancellationToken.None));
        Assert.Equal(0, replica.Sent<VendorJobSucceeded>());
        replica.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await replica.Round.RunAsync(CancellationToken.None));

        replica.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await replica.Round.RunAsync(CancellationToken.None));
        Assert.Equal(1, replica.Sent<VendorJobSucceeded>());
    }

    [Fact]
    public async Task Drops_a_job_its_workflow_left_behind_after_the_deadline()
    {
        await using var replica = await StartAsync(_vendor);
        await _store.TrackAsync(Due(Start) with { Deadline = Start.AddMinutes(-5) }, null, CancellationToken.None);

        Assert.Equal(1, await replica.Round.RunAsync(CancellationToken.None));

        Assert.Equal(0, _vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
        Assert.Null(await _store.NextDueAsync(ScriptedVendor.Key, CancellationToken.None));
    }

    [Fact]
    public async Task A_report_the_broker_never_confirms_fails_the_pass_after_the_publish_timeout_and_the_check_comes_back_after_its_lease()
    {
        _vendor.Check = _ => Task.FromResult(StatusOutcome.Succeeded("DONE"));
        var broker = new HangingSendFilter();
        await using var replica = await StartAsync(_vendor, sendFilter: broker);
        await TrackAsync(_store, 1, Start);

        var pass = replica.Round.RunAsync(CancellationToken.None);
        await broker.Reached.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.False(pass.IsCompleted);
        replica.Clock.Advance(new ServiceDefaults.MessagingOptions().PublishTimeout);

        // A deadline on the wall clock only so that the test ends if the pass hangs for good (it did before the bound).
        await Task.WhenAny(pass, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.True(pass.IsCompleted, "The pass still waits for the broker after the publish timeout.");
        await Assert.ThrowsAsync<TimeoutException>(() => pass);
        Assert.Equal(Start + TimeSpan.FromMinutes(1), await _store.NextDueAsync(ScriptedVendor.Key, CancellationToken.None));

        broker.Hang = false;
        replica.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await replica.Round.RunAsync(CancellationToken.None));
        Assert.Equal(1, replica.Sent<VendorJobSucceeded>());
    }

    async Task<StatusCheckRoundHost<TVendor>> StartAsync<TVendor>(
        TVendor vendor, Action<WorkflowOptions>? configure = null, MassTransit.IFilter<MassTransit.SendContext>? sendFilter = null)
        where TVendor : class, IVendorWorkflow
    {
        var host = new StatusCheckRoundHost<TVendor>(vendor, _store, options =>
        {
            options.BackoffFactor = 1;
            configure?.Invoke(options);
        }, sendFilter);
        await host.StartAsync();
        return host;
    }
}
