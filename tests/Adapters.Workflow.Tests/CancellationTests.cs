using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>Cancellation is accepted in every non-terminal state and ignored in terminal ones.</summary>
public sealed class CancellationTests : IAsyncLifetime
{
    readonly WorkflowHarness _workflow = new();

    ScriptedVendor Vendor => _workflow.Vendor;

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    Task CancelAsync(Guid id) =>
        _workflow.Harness.Bus.Publish(new CancelGeneration { GenerationId = id, Vendor = ScriptedVendor.Key, Reason = "user asked" });

    [Fact]
    public async Task Cancels_while_preparing_without_calling_the_vendor_to_stop()
    {
        Vendor.Prepare = _ => Task.FromResult(PrepareOutcome.Waiting(new Dictionary<string, string>(), TimeSpan.FromMilliseconds(50)));
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Preparing);

        await CancelAsync(id);

        var cancelled = await _workflow.PublishedAsync<GenerationCancelled>(id);
        Assert.False(cancelled.VendorJobStopped);
        Assert.Null(cancelled.VendorJobId);
        await _workflow.InStateAsync(id, m => m.Cancelled);
        Assert.Equal(0, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        Assert.Equal(0, Vendor.Calls(nameof(IVendorWorkflow.CancelAsync)));
    }

    [Fact]
    public async Task Cancels_a_submit_in_flight_by_stopping_the_job_the_vendor_then_accepts()
    {
        var release = new TaskCompletionSource<SubmitOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Vendor.Submit = _ => release.Task;
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Submitting);

        await CancelAsync(id);
        await _workflow.InStateAsync(id, m => m.Cancelling);
        release.SetResult(new SubmitOutcome { VendorJobId = "late-job" });

        var cancelled = await _workflow.PublishedAsync<GenerationCancelled>(id);
        Assert.True(cancelled.VendorJobStopped);
        Assert.Equal("late-job", cancelled.VendorJobId);
        Assert.Equal("late-job", Vendor.LastJob[nameof(IVendorWorkflow.CancelAsync)].VendorJobId);
        Assert.Equal(0, _workflow.PublishedCount<GenerationCompleted>(id));
    }

    [Fact]
    public async Task Cancels_while_processing_and_reports_a_vendor_that_cannot_stop()
    {
        Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("RUNNING", 30));
        Vendor.Cancel = _ => Task.FromResult(CancelOutcome.NotStoppable("only PENDING tasks can be cancelled"));
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Processing);

        await CancelAsync(id);

        var cancelled = await _workflow.PublishedAsync<GenerationCancelled>(id);
        Assert.False(cancelled.VendorJobStopped);
        Assert.Equal("only PENDING tasks can be cancelled", cancelled.Note);
        await _workflow.InStateAsync(id, m => m.Cancelled);
        var checks = Vendor.Calls(nameof(IVendorWorkflow.CheckAsync));
        await _workflow.Harness.InactivityTask;
        Assert.Equal(checks, Vendor.Calls(nameof(IVendorWorkflow.CheckAsync)));
    }

    [Fact]
    public async Task Cancels_while_collecting_and_discards_the_assets()
    {
        var release = new TaskCompletionSource<CollectOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Vendor.Collect = _ => release.Task;
        Vendor.Cancel = _ => Task.FromResult(CancelOutcome.NotStoppable("the job has finished"));
        var id = await _workflow.RequestAsync();
        await _workflow.EventuallyAsync(() => Vendor.Calls(nameof(IVendorWorkflow.CollectAsync)) == 1, () => "The collection never started.");

        try
        {
            // The collection runs while the workflow is still processing: the cancel asks the vendor, whose answer (or the
            // collection's reply, whichever comes first) ends the generation as cancelled.
            await CancelAsync(id);
            await _workflow.EventuallyAsync(() => _workflow.CurrentState(id) != nameof(_workflow.Machine.Processing), () => "The cancel was not taken.");
        }
        finally
        {
            release.SetResult(new CollectOutcome { Assets = [] });
        }

        await _workflow.InStateAsync(id, m => m.Cancelled);
        await _workflow.Harness.InactivityTask;

        Assert.Equal(1, _workflow.PublishedCount<GenerationCancelled>(id));
        Assert.Equal(0, _workflow.PublishedCount<GenerationCompleted>(id));
        Assert.Equal(0, _workflow.PublishedCount<GenerationFailed>(id));
    }

    [Fact]
    public async Task Ignores_a_duplicate_cancel_while_cancelling()
    {
        var release = new TaskCompletionSource<CancelOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("Generating"));
        Vendor.Cancel = _ => release.Task;
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Processing);

        await CancelAsync(id);
        await _workflow.InStateAsync(id, m => m.Cancelling);
        await CancelAsync(id);
        release.SetResult(CancelOutcome.StoppedAtVendor);

        var cancelled = await _workflow.PublishedAsync<GenerationCancelled>(id);
        Assert.True(cancelled.VendorJobStopped);
        await _workflow.Harness.InactivityTask;
        Assert.Equal(1, _workflow.PublishedCount<GenerationCancelled>(id));
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.CancelAsync)));
    }

    [Fact]
    public async Task Ignores_a_cancel_after_completion()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        await CancelAsync(id);
        await _workflow.Harness.InactivityTask;

        await _workflow.InStateAsync(id, m => m.Completed);
        Assert.Equal(0, _workflow.PublishedCount<GenerationCancelled>(id));
        Assert.Equal(0, Vendor.Calls(nameof(IVendorWorkflow.CancelAsync)));
        Assert.False(_workflow.Harness.Published.Select<MassTransit.Fault>().Any(), "A late cancel faulted instead of being ignored.");
    }

    [Fact]
    public async Task Ignores_a_cancel_for_an_unknown_generation()
    {
        var id = Guid.NewGuid();

        await CancelAsync(id);
        await _workflow.Harness.InactivityTask;

        Assert.Equal(0, _workflow.PublishedCount<GenerationCancelled>(id));
        Assert.False(_workflow.Saga.Sagas.Select(x => x.CorrelationId == id).Any());
    }
}
