using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Vendors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>
/// A job's first status check counts from the vendor's answer to the submit, not from when the workflow got round to that
/// answer: under a burst the reply waits on the busy <c>{vendor}-workflow</c> queue, and that wait must not make every first
/// check late (the inflight benchmark saw p99 lateness of 18 s at 2,000 in flight from exactly this). Durable workflow, fake clock.
/// </summary>
public sealed class FirstStatusCheckTests : IAsyncLifetime
{
    static readonly TimeSpan Hint = TimeSpan.FromSeconds(30);

    // Starts at the real time, to whole seconds: the database's own clock stamps some rows the workflow compares with its clock.
    readonly DateTimeOffset _start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    readonly FakeTimeProvider _clock;
    readonly TaskCompletionSource _vendorAnswers = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly WorkflowDatabase _database = new();
    WorkflowHarness _workflow = null!;

    public FirstStatusCheckTests() => _clock = new FakeTimeProvider(_start);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _workflow = new WorkflowHarness(new Dictionary<string, string?> { ["Workflow:CheckJitter"] = "0" }, _database.ConnectionString, _clock);
        _workflow.Vendor.Submit = async job =>
        {
            await _vendorAnswers.Task;
            return new SubmitOutcome { VendorJobId = "job-" + job.GenerationId.ToString("N"), State = job.State, FirstCheckAfter = Hint };
        };
        await _workflow.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _vendorAnswers.TrySetResult();
        await _workflow.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_submit_reply_says_when_the_vendor_answered()
    {
        _vendorAnswers.SetResult();
        var id = await _workflow.RequestAsync();

        var due = await TrackedAsync();

        var reply = _workflow.Saga.Consumed.Select<VendorJobSubmitted>(context => context.Context.Message.GenerationId == id).Single();
        Assert.Equal(_start, reply.Context.Message.AnsweredAt);
        Assert.Equal(_start + Hint, due);
    }

    [Fact]
    public async Task The_first_check_is_due_the_vendors_hint_after_its_answer_however_late_the_workflow_takes_the_reply()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.EventuallyAsync(() => _workflow.Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)) == 1, () => "The job was never submitted.");

        // The vendor answered at the start; the reply reached the workflow 20 s later (a backlog on its queue).
        _clock.Advance(TimeSpan.FromSeconds(20));
        await _workflow.SendToWorkflowAsync(new VendorJobSubmitted
        {
            GenerationId = id,
            VendorJobId = "job-1",
            State = new Dictionary<string, string>(),
            FirstCheckAfter = Hint,
            AnsweredAt = _start,
        });

        Assert.Equal(_start + Hint, await TrackedAsync());
    }

    /// <summary>When the poller's entry for the job comes due, once the workflow has handed it over (the saga is durable here).</summary>
    async Task<DateTimeOffset> TrackedAsync()
    {
        var store = _workflow.Services.GetRequiredService<IStatusCheckStore>();
        var deadline = DateTime.UtcNow + _workflow.Harness.TestTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await store.NextDueAsync(ScriptedVendor.Key, CancellationToken.None) is { } due)
            {
                return due;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        throw new TimeoutException("The workflow never handed the accepted job to the status poller.");
    }
}
