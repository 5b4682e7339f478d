using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Tests.Admission;

/// <summary>The workflow at a vendor whose account runs one job at a time: the second job waits queued, durably, for the slot.</summary>
public sealed class VendorCapacityWorkflowTests : IAsyncLifetime
{
    readonly WorkflowHarness _workflow = new(new Dictionary<string, string?>
    {
        ["Workflow:MaxConcurrentJobs"] = "1",
        ["Workflow:QueuedRecheck"] = "00:00:30",
    });

    readonly TaskCompletionSource _firstMayFinish = new(TaskCreationOptions.RunContinuationsAsynchronously);
    Guid _first;

    ScriptedVendor Vendor => _workflow.Vendor;

    public async Task InitializeAsync()
    {
        var check = Vendor.Check;
        Vendor.Check = async job =>
        {
            if (job.GenerationId == _first)
            {
                await _firstMayFinish.Task;
            }

            return await check(job);
        };
        await _workflow.StartAsync();
        _first = await _workflow.RequestAsync();
        await _workflow.InStateAsync(_first, m => m.Processing);
    }

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task A_job_that_finds_the_vendor_full_waits_queued_and_is_submitted_when_the_slot_frees()
    {
        var second = await _workflow.RequestAsync();
        await _workflow.InStateAsync(second, m => m.Queued);
        await _workflow.EventuallyAsync(
            () => _workflow.Harness.Published.Select<GenerationProgressed>(x => x.Context.Message.GenerationId == second && x.Context.Message.Stage == GenerationStage.Queued).Any(),
            () => "No queued progress for the second job.");
        var queued = _workflow.Harness.Published.Select<GenerationProgressed>(x => x.Context.Message.GenerationId == second && x.Context.Message.Stage == GenerationStage.Queued).First().Context.Message;
        Assert.Equal(1, queued.QueuePosition);
        Assert.NotNull(queued.QueueEstimate);
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));

        _firstMayFinish.SetResult();

        await _workflow.PublishedAsync<GenerationCompleted>(_first);
        await _workflow.PublishedAsync<GenerationCompleted>(second);
        Assert.Equal(2, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task A_queued_job_fails_rate_limited_only_when_its_deadline_passes_while_it_waits()
    {
        var second = await _workflow.RequestAsync(DateTimeOffset.UtcNow.AddSeconds(3));
        await _workflow.InStateAsync(second, m => m.Queued);

        var failed = await _workflow.PublishedAsync<GenerationFailed>(second);

        Assert.Equal(FailureReason.VendorRateLimited, failed.Reason);
        Assert.True(failed.Retryable);
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        _firstMayFinish.SetResult();
        await _workflow.PublishedAsync<GenerationCompleted>(_first);
    }

    [Fact]
    public async Task A_job_cancelled_while_queued_gives_its_place_back_and_never_reaches_the_vendor()
    {
        var second = await _workflow.RequestAsync();
        await _workflow.InStateAsync(second, m => m.Queued);

        await _workflow.Harness.Bus.Publish(new CancelGeneration { GenerationId = second, Vendor = ScriptedVendor.Key, Reason = "user asked" });
        await _workflow.PublishedAsync<GenerationCancelled>(second);
        var third = await _workflow.RequestAsync();
        await _workflow.InStateAsync(third, m => m.Queued);
        _firstMayFinish.SetResult();

        await _workflow.PublishedAsync<GenerationCompleted>(third);
        Assert.Equal(2, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task A_job_that_fails_while_preparing_releases_no_slot_and_one_that_ended_after_its_submit_does()
    {
        var unprepared = Guid.Empty;
        Vendor.Prepare = job =>
        {
            unprepared = job.GenerationId;
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, "BAD_IMAGE", "the image is not an image");
        };
        var failed = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationFailed>(failed);
        _firstMayFinish.SetResult();
        await _workflow.PublishedAsync<GenerationCompleted>(_first);

        Assert.Equal(failed, unprepared);
        // The first job's slot went back in its completing step, no command in between: a new job takes it at once.
        var admission = _workflow.Services.GetRequiredService<IVendorAdmission>();
        var ticket = new AdmissionTicket { Vendor = ScriptedVendor.Key, GenerationId = Guid.NewGuid(), TenantId = "tenant-b", Deadline = DateTimeOffset.UtcNow.AddHours(1) };
        var policy = new CapacityPolicy { MaxConcurrentJobs = 1, TypicalJobDuration = TimeSpan.FromMinutes(1) };
        Assert.True((await admission.AcquireAsync(ticket, policy, CancellationToken.None)).IsGranted);
        Assert.Empty(_workflow.Harness.Sent.Select<VendorSlotGranted>(x => x.Context.Message.GenerationId == failed));
    }
}
