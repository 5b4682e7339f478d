using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>A vendor callback advances the job at once; polling (here ten minutes away) stays the safety net.</summary>
public sealed class VendorCallbackTests : IAsyncLifetime
{
    readonly WorkflowHarness _workflow = new(new Dictionary<string, string?>
    {
        ["Workflow:InitialCheckDelay"] = "00:10:00",
        ["Workflow:MaxCheckDelay"] = "00:10:00",
    });

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task Checks_at_once_when_the_vendor_calls_back_during_processing()
    {
        _workflow.Vendor.Check = _ => Task.FromResult(StatusOutcome.Succeeded("SUCCEEDED"));
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Processing);
        Assert.Equal(0, _workflow.Vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));

        await _workflow.SendToWorkflowAsync(new VendorCallbackReceived { GenerationId = id, VendorStatus = "3" });

        await _workflow.PublishedAsync<GenerationCompleted>(id);
        Assert.Equal(1, _workflow.Vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
    }

    [Fact]
    public async Task Prepares_again_at_once_when_the_vendor_calls_back_during_preparation()
    {
        _workflow.Vendor.Prepare = job => Task.FromResult(job.Attempt == 0
            ? PrepareOutcome.Waiting(new Dictionary<string, string> { ["training"] = "started" })
            : PrepareOutcome.Ready(new Dictionary<string, string> { ["model"] = "trained" }));
        _workflow.Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("RUNNING"));
        var id = await _workflow.RequestAsync();
        await _workflow.EventuallyAsync(
            () => _workflow.Harness.Consumed.Select<VendorInputsPending>(x => x.Context.Message.GenerationId == id).Any(),
            () => "The first preparation round never answered.");

        await _workflow.SendToWorkflowAsync(new VendorCallbackReceived { GenerationId = id });

        await _workflow.InStateAsync(id, m => m.Processing);
        Assert.Equal(2, _workflow.Vendor.Calls(nameof(IVendorWorkflow.PrepareAsync)));
    }
    [Fact]
    public async Task Submits_once_when_a_pending_answer_lands_before_the_callbacks_ready_answer()
    {
        // A status check's preparation round answers "pending" (scheduling the next check) while the callback's
        // round is still out; the callback's round then answers "ready". The check scheduled by the stale answer
        // must not fire into Submitting, where a status check means "submit again".
        var staleRound = new TaskCompletionSource<PrepareOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var readyRound = new TaskCompletionSource<PrepareOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var submitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var prepareCalls = 0;
        _workflow.Vendor.Prepare = _ => Interlocked.Increment(ref prepareCalls) == 1 ? staleRound.Task : readyRound.Task;
        var defaultSubmit = _workflow.Vendor.Submit;
        _workflow.Vendor.Submit = async job => { await submitted.Task; return await defaultSubmit(job); };
        _workflow.Vendor.Check = _ => Task.FromResult(StatusOutcome.Succeeded("SUCCEEDED"));
        var id = await _workflow.RequestAsync();
        await _workflow.EventuallyAsync(() => Volatile.Read(ref prepareCalls) == 1, () => "The first preparation round never started.");

        await _workflow.SendToWorkflowAsync(new VendorCallbackReceived { GenerationId = id });
        await _workflow.EventuallyAsync(() => Volatile.Read(ref prepareCalls) == 2, () => "The callback's preparation round never started.");
        staleRound.SetResult(PrepareOutcome.Waiting(new Dictionary<string, string> { ["training"] = "started" }));
        await _workflow.EventuallyAsync(
            () => _workflow.Harness.Consumed.Select<VendorInputsPending>(x => x.Context.Message.GenerationId == id).Any(),
            () => "The stale pending answer never reached the workflow.");
        readyRound.SetResult(PrepareOutcome.Ready(new Dictionary<string, string> { ["model"] = "trained" }));
        await _workflow.InStateAsync(id, m => m.Submitting);

        var pendingCheck = _workflow.Saga.Sagas.Contains(id)!.StatusCheckTokenId;
        submitted.SetResult();
        Assert.Null(pendingCheck);
        await _workflow.InStateAsync(id, m => m.Processing);
        await _workflow.SendToWorkflowAsync(new VendorCallbackReceived { GenerationId = id });
        await _workflow.PublishedAsync<GenerationCompleted>(id);
        Assert.Equal(1, _workflow.Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }
}
