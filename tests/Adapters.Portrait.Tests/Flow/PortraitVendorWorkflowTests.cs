using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Portrait.Tests.Flow;

/// <summary>The workflow plug-in as the adapter host registers it, step by step against the simulator.</summary>
public sealed class PortraitVendorWorkflowTests : IDisposable
{
    readonly PortraitSimulator _simulator = new();
    readonly StubPhotoHost _photos = new();
    readonly IHost _host;

    public PortraitVendorWorkflowTests()
    {
        _host = PortraitAdapterHost.Build(_simulator, _photos);
    }

    PortraitVendorWorkflow Workflow => _host.Services.GetRequiredService<PortraitVendorWorkflow>();

    ISubjectModelStore Subjects => _host.Services.GetRequiredService<ISubjectModelStore>();

    public void Dispose()
    {
        _host.Dispose();
        _simulator.Dispose();
        _photos.Dispose();
    }

    static VendorJob Job(GenerationRequested request) => new() { GenerationId = request.GenerationId, Request = request };

    [Fact]
    public async Task Trains_the_subject_then_generates_the_style_and_collects_the_photos()
    {
        var job = Job(PortraitRequests.Train("ada"));

        var started = await Workflow.PrepareAsync(job, CancellationToken.None);
        var stillTraining = await Workflow.PrepareAsync(job with { State = started.State, Attempt = 1 }, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.TrainingTime);
        var trained = await Workflow.PrepareAsync(job with { State = stillTraining.State, Attempt = 2 }, CancellationToken.None);
        var submitted = await Workflow.SubmitAsync(job with { State = trained.State }, CancellationToken.None);
        job = job with { VendorJobId = submitted.VendorJobId, State = submitted.State };
        var running = await Workflow.CheckAsync(job, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.GenerationTime);
        var done = await Workflow.CheckAsync(job, CancellationToken.None);
        var collected = await Workflow.CollectAsync(job, CancellationToken.None);

        Assert.False(started.IsReady);
        Assert.Equal(TimeSpan.FromSeconds(2), started.RetryAfter);
        Assert.Equal(PortraitMemo.Trained, started.State[PortraitMemo.ModelSource]);
        Assert.False(stillTraining.IsReady);
        Assert.True(trained.IsReady);
        Assert.Equal(started.State[PortraitMemo.UserId], trained.State[PortraitMemo.UserId]);
        Assert.Equal(8, _simulator.Calls("upload_file").Count);
        Assert.Equal(8, _photos.Requests);
        var create = Assert.Single(_simulator.Calls("aigc_task_create")).JsonBody!.Value;
        Assert.Equal(trained.State[PortraitMemo.UserId], create.GetProperty("user_id").GetString());
        Assert.Equal(PortraitSimulator.Styles[0], create.GetProperty("style").GetString());
        Assert.Equal(VendorJobStatus.Running, running.Status);
        Assert.Equal(VendorJobStatus.Succeeded, done.Status);
        Assert.Equal(4, collected.Assets.Count);
        Assert.All(collected.Assets, a => Assert.Equal((AssetRole.Photo, AssetFormat.Png), (a.Role, a.Format)));
        Assert.Null(collected.PartialNote);
        Assert.Equal(SubjectModelStatus.Trained, (await Subjects.FindAsync(new SubjectKey("tenant-a", "ada"), CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_later_request_for_the_same_subject_reuses_the_trained_model_without_retraining()
    {
        var first = await TrainAsync("grace");

        var reuse = await Workflow.PrepareAsync(Job(PortraitRequests.Reuse("grace", PortraitSimulator.Styles[2])), CancellationToken.None);
        var withPhotos = await Workflow.PrepareAsync(Job(PortraitRequests.Train("grace", style: PortraitSimulator.Styles[1])), CancellationToken.None);

        Assert.True(reuse.IsReady);
        Assert.True(withPhotos.IsReady);
        Assert.Equal(first[PortraitMemo.UserId], reuse.State[PortraitMemo.UserId]);
        Assert.Equal(first[PortraitMemo.UserId], withPhotos.State[PortraitMemo.UserId]);
        Assert.Equal(PortraitMemo.Reused, reuse.State[PortraitMemo.ModelSource]);
        Assert.Single(_simulator.Calls("aigc_user_model_create"));
        Assert.Equal(8, _simulator.Calls("upload_file").Count);
    }

    [Fact]
    public async Task The_same_subject_reference_of_another_tenant_is_another_person()
    {
        await TrainAsync("ada");

        var other = await Workflow.PrepareAsync(Job(PortraitRequests.Train("ada", tenant: "tenant-b")), CancellationToken.None);
        var reuse = Workflow.PrepareAsync(Job(PortraitRequests.Reuse("ada", tenant: "tenant-c")), CancellationToken.None);

        Assert.False(other.IsReady);
        Assert.Equal(2, _simulator.Calls("aigc_user_model_create").Count);
        var error = await Assert.ThrowsAsync<VendorCallException>(() => reuse);
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (error.Kind, error.Reason));
    }

    [Fact]
    public async Task A_second_request_during_the_training_follows_it_instead_of_paying_for_another()
    {
        var first = Job(PortraitRequests.Train("ada"));
        var second = Job(PortraitRequests.Train("ada", style: PortraitSimulator.Styles[1]));

        var firstStarted = await Workflow.PrepareAsync(first, CancellationToken.None);
        var secondWaits = await Workflow.PrepareAsync(second, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.TrainingTime);
        var secondReady = await Workflow.PrepareAsync(second with { State = secondWaits.State }, CancellationToken.None);

        Assert.False(secondWaits.IsReady);
        Assert.Equal(firstStarted.State[PortraitMemo.TrainingTaskId], secondWaits.State[PortraitMemo.TrainingTaskId]);
        Assert.Equal(PortraitMemo.Reused, secondWaits.State[PortraitMemo.ModelSource]);
        Assert.True(secondReady.IsReady);
        Assert.Single(_simulator.Calls("aigc_user_model_create"));
    }

    [Fact]
    public async Task A_request_waits_while_another_generation_holds_the_claim_and_takes_it_over_when_stale()
    {
        var subject = new SubjectKey("tenant-a", "ada");
        var now = _simulator.Time.GetUtcNow();
        Assert.True(await Subjects.TryClaimAsync(subject, Guid.NewGuid(), now, now.AddMinutes(-10), CancellationToken.None));
        var job = Job(PortraitRequests.Train("ada"));

        var waits = await Workflow.PrepareAsync(job, CancellationToken.None);
        var uploadsWhileClaimed = _simulator.Calls("upload_file").Count;
        _simulator.Time.Advance(TimeSpan.FromMinutes(11));
        var trains = await Workflow.PrepareAsync(job with { State = waits.State }, CancellationToken.None);

        Assert.False(waits.IsReady);
        Assert.Equal(0, uploadsWhileClaimed);
        Assert.True(trains.State.ContainsKey(PortraitMemo.TrainingTaskId));
        Assert.Single(_simulator.Calls("aigc_user_model_create"));
    }

    [Fact]
    public async Task An_unknown_style_fails_before_anything_is_uploaded_or_paid()
    {
        var error = await Assert.ThrowsAsync<VendorCallException>(() =>
            Workflow.PrepareAsync(Job(PortraitRequests.Train("ada", style: "no-such-style")), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (error.Kind, error.Reason));
        Assert.Empty(_simulator.Calls("upload_file"));
        Assert.Empty(_simulator.Calls("aigc_user_model_create"));
    }

    [Fact]
    public async Task The_request_rules_are_checked_again_before_paying()
    {
        var error = await Assert.ThrowsAsync<VendorCallException>(() =>
            Workflow.PrepareAsync(Job(PortraitRequests.Train("ada", photos: 5)), CancellationToken.None));

        Assert.Equal(FailureReason.InvalidRequest, error.Reason);
        Assert.Contains("inputs.images", error.Message, StringComparison.Ordinal);
        Assert.Empty(_simulator.Calls("upload_file"));
    }

    [Fact]
    public async Task A_failed_training_fails_the_generation_and_the_next_request_trains_again()
    {
        await _simulator.InjectAsync(new { kind = "training-failed" });
        var job = Job(PortraitRequests.Train("ada"));
        var started = await Workflow.PrepareAsync(job, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.TrainingTime);

        var error = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(job with { State = started.State }, CancellationToken.None));
        var retry = await Workflow.PrepareAsync(Job(PortraitRequests.Train("ada")), CancellationToken.None);

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorJobFailed), (error.Kind, error.Reason));
        Assert.False(retry.IsReady);
        Assert.Equal(2, _simulator.Calls("aigc_user_model_create").Count);
    }

    [Fact]
    public async Task A_partial_success_completes_with_the_photos_that_exist_and_says_so()
    {
        await _simulator.InjectAsync(new { kind = "generation-partial" });
        var job = await SubmittedAsync("ada");
        _simulator.Time.Advance(PortraitSimulator.GenerationTime);

        var status = await Workflow.CheckAsync(job, CancellationToken.None);
        var collected = await Workflow.CollectAsync(job, CancellationToken.None);

        Assert.Equal(VendorJobStatus.Succeeded, status.Status);
        Assert.Equal(2, collected.Assets.Count);
        Assert.Contains("partial success (state 4)", collected.PartialNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_generation_fails_as_a_vendor_job_failure()
    {
        await _simulator.InjectAsync(new { kind = "generation-failed" });
        var job = await SubmittedAsync("ada");
        _simulator.Time.Advance(PortraitSimulator.GenerationTime);

        var status = await Workflow.CheckAsync(job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, FailureReason.VendorJobFailed, "5"), (status.Status, status.FailureReason, status.VendorCode));
    }

    [Fact]
    public async Task The_api_can_neither_cancel_nor_be_searched()
    {
        var job = Job(PortraitRequests.Train("ada"));

        Assert.False((await Workflow.CancelAsync(job, CancellationToken.None)).Stopped);
        Assert.Equal(ReconcileResult.NotSupported, (await Workflow.ReconcileSubmitAsync(job, CancellationToken.None)).Result);
    }

    async Task<IReadOnlyDictionary<string, string>> TrainAsync(string subject)
    {
        var job = Job(PortraitRequests.Train(subject));
        var started = await Workflow.PrepareAsync(job, CancellationToken.None);
        _simulator.Time.Advance(PortraitSimulator.TrainingTime);
        var trained = await Workflow.PrepareAsync(job with { State = started.State }, CancellationToken.None);
        Assert.True(trained.IsReady);
        return trained.State;
    }

    async Task<VendorJob> SubmittedAsync(string subject)
    {
        var memo = await TrainAsync(subject);
        var job = Job(PortraitRequests.Reuse(subject)) with { State = memo };
        var submitted = await Workflow.SubmitAsync(job, CancellationToken.None);
        return job with { VendorJobId = submitted.VendorJobId, State = submitted.State };
    }
}
