using System.Net;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Tests;

public sealed class GenerationWorkflowStateMachineTests : IAsyncLifetime
{
    readonly WorkflowHarness _workflow = new();

    ScriptedVendor Vendor => _workflow.Vendor;

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task Publishes_completed_with_stored_assets_when_vendor_reports_done()
    {
        var id = await _workflow.RequestAsync();

        var completed = await _workflow.PublishedAsync<GenerationCompleted>(id);
        await _workflow.InStateAsync(id, m => m.Completed);

        var accepted = await _workflow.PublishedAsync<GenerationAccepted>(id);
        Assert.Equal("job-" + id.ToString("N")[..8], accepted.VendorJobId);
        Assert.Equal(accepted.VendorJobId, completed.VendorJobId);
        var asset = Assert.Single(completed.Assets);
        Assert.Equal(AssetRole.Model, asset.Role);
        Assert.Equal(AssetFormat.Glb, asset.Format);
        Assert.Equal(new Uri($"http://gateway.test/v1/assets/{id:N}/model.glb"), asset.Url);
        Assert.Equal(ScriptedVendor.AssetUrl, asset.VendorUrl);
        Assert.Equal(AssetServer.Model.Length, asset.SizeBytes);
        Assert.Equal("model/gltf-binary", asset.ContentType);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(AssetServer.Model)), asset.Checksum);
        Assert.Equal(0.5m, completed.Usage?.Credits);
        var stored = await _workflow.Assets.OpenAsync($"{id:N}/model.glb", default);
        Assert.NotNull(stored);
        await stored.Content.DisposeAsync();

        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        Assert.Equal("yes", Vendor.LastJob[nameof(IVendorWorkflow.CheckAsync)].State["uploaded"]);
        Assert.Equal(0, _workflow.PublishedCount<GenerationFailed>(id));
    }

    [Fact]
    public async Task Publishes_progress_that_never_goes_backwards()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        var percents = _workflow.Harness.Published.Select<GenerationProgressed>(x => x.Context.Message.GenerationId == id)
            .Select(x => x.Context.Message.Percent).ToList();
        Assert.True(percents.Count >= 3, $"Only {percents.Count} progress events.");
        Assert.Equal(percents.OrderBy(x => x), percents);
        Assert.All(percents, percent => Assert.InRange(percent, 0, 100));
    }

    [Fact]
    public async Task Polls_preparation_until_the_vendor_says_ready()
    {
        Vendor.Prepare = job => Task.FromResult(job.Attempt < 3
            ? PrepareOutcome.Waiting(new Dictionary<string, string> { ["round"] = job.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) }, TimeSpan.FromMilliseconds(20), 50)
            : PrepareOutcome.Ready(new Dictionary<string, string> { ["token"] = "t-" + job.State["round"] }));

        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal(4, Vendor.Calls(nameof(IVendorWorkflow.PrepareAsync)));
        Assert.Equal("t-2", Vendor.LastJob[nameof(IVendorWorkflow.SubmitAsync)].State["token"]);
    }

    [Fact]
    public async Task Publishes_failed_with_the_vendor_code_when_the_vendor_job_fails()
    {
        Vendor.Check = _ => Task.FromResult(StatusOutcome.Failed(FailureReason.VendorJobFailed, true, "13001095", "upstream generation error", "failed"));

        var id = await _workflow.RequestAsync();
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.VendorJobFailed, failed.Reason);
        Assert.True(failed.Retryable);
        Assert.Equal("13001095", failed.VendorCode);
        Assert.Equal("upstream generation error", failed.VendorMessage);
        Assert.NotNull(failed.VendorJobId);
        await _workflow.InStateAsync(id, m => m.Failed);
        Assert.Equal(0, _workflow.PublishedCount<GenerationCompleted>(id));
    }

    [Fact]
    public async Task Publishes_failed_without_retry_when_the_vendor_rejects_the_submit()
    {
        Vendor.Submit = _ => throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted, "INSUFFICIENT_FUND", "not enough credits");

        var id = await _workflow.RequestAsync();
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.VendorQuotaExhausted, failed.Reason);
        Assert.False(failed.Retryable);
        Assert.Equal("INSUFFICIENT_FUND", failed.VendorCode);
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task Submits_again_after_a_throttled_submit_and_completes()
    {
        Vendor.Submit = job => job.Attempt == 0
            ? throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorRateLimited, "429", "slow down", TimeSpan.FromMilliseconds(30))
            : Task.FromResult(new SubmitOutcome { VendorJobId = "second-try" });

        var id = await _workflow.RequestAsync();
        var completed = await _workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal("second-try", completed.VendorJobId);
        Assert.Equal(2, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task Fails_as_rate_limited_only_when_the_deadline_passes_while_the_submit_stays_throttled()
    {
        Vendor.Submit = _ => throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorRateLimited, "429", "slow down", TimeSpan.FromMilliseconds(100));

        var id = await _workflow.RequestAsync(DateTimeOffset.UtcNow.AddSeconds(2));
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.VendorRateLimited, failed.Reason);
        Assert.True(failed.Retryable);
        Assert.True(Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)) > 3, "A throttled submit is tried again until the deadline, not a fixed number of times.");
    }

    [Fact]
    public async Task Submits_again_after_an_unreachable_vendor_and_completes()
    {
        Vendor.Submit = job => job.Attempt == 0
            ? throw new VendorCallException(VendorErrorKind.Unreachable, FailureReason.VendorUnavailable, null, "connection refused")
            : Task.FromResult(new SubmitOutcome { VendorJobId = "after-reconnect" });

        var id = await _workflow.RequestAsync();
        var completed = await _workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal("after-reconnect", completed.VendorJobId);
        Assert.Equal(2, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task Fails_as_vendor_unavailable_not_rate_limited_when_the_vendor_stays_unreachable()
    {
        Vendor.Submit = _ => throw new VendorCallException(VendorErrorKind.Unreachable, FailureReason.VendorUnavailable, null, "connection refused");

        var id = await _workflow.RequestAsync();
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal((FailureReason.VendorUnavailable, true), (failed.Reason, failed.Retryable));
        Assert.Equal(3, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task Never_submits_twice_when_the_submit_outcome_is_unknown()
    {
        Vendor.Submit = _ => throw new HttpRequestException("connection reset after the request was sent");

        var id = await _workflow.RequestAsync();
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.SubmitOutcomeUnknown, failed.Reason);
        Assert.False(failed.Retryable);
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.ReconcileSubmitAsync)));
    }

    [Fact]
    public async Task Carries_on_with_the_job_reconciliation_finds_after_an_unclear_submit()
    {
        Vendor.Submit = _ => throw new TimeoutException("no answer");
        Vendor.Reconcile = _ => Task.FromResult(ReconcileOutcome.Found(new SubmitOutcome { VendorJobId = "found-again" }));

        var id = await _workflow.RequestAsync();
        var completed = await _workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.Equal("found-again", completed.VendorJobId);
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
    }

    [Fact]
    public async Task Keeps_polling_through_a_vendor_outage_shorter_than_the_limit()
    {
        var checks = 0;
        Vendor.Check = _ => Interlocked.Increment(ref checks) == 1
            ? throw new VendorCallException(VendorErrorKind.Unavailable, FailureReason.VendorUnavailable, "500", "server error")
            : Task.FromResult(StatusOutcome.Succeeded());

        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        Assert.True(checks >= 2);
    }

    [Fact]
    public async Task Fails_as_deadline_exceeded_when_the_deadline_passes()
    {
        Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("Generating", 10));

        // Whichever state the deadline finds the generation in on a busy machine, it ends it.
        var id = await _workflow.RequestAsync(DateTimeOffset.UtcNow.AddSeconds(1));
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.DeadlineExceeded, failed.Reason);
        await _workflow.InStateAsync(id, m => m.Failed);
        Assert.Equal(0, _workflow.PublishedCount<GenerationCompleted>(id));
    }

    [Fact]
    public async Task Stops_the_vendor_job_when_the_deadline_passes_during_processing()
    {
        Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("Generating", 10));
        var id = await _workflow.RequestAsync(DateTimeOffset.UtcNow.AddHours(1));
        await _workflow.InStateAsync(id, m => m.Processing);

        // The deadline's scheduled message, delivered now rather than waited for.
        await _workflow.SendToWorkflowAsync(new DeadlineReached { GenerationId = id });

        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);
        Assert.Equal(FailureReason.DeadlineExceeded, failed.Reason);
        await _workflow.EventuallyAsync(
            () => _workflow.Harness.Consumed.Select<CancelVendorJob>(x => x.Context.Message.GenerationId == id).Any(),
            () => "The vendor job was not asked to stop.");
        Assert.Equal(0, _workflow.PublishedCount<GenerationCompleted>(id));
    }

    [Fact]
    public async Task Fails_as_asset_download_failed_after_retrying_an_expired_link()
    {
        _workflow.Files.Status = HttpStatusCode.Forbidden;

        var id = await _workflow.RequestAsync();
        var failed = await _workflow.PublishedAsync<GenerationFailed>(id);

        Assert.Equal(FailureReason.AssetDownloadFailed, failed.Reason);
        Assert.True(_workflow.Files.Requests > 1, $"The download was tried {_workflow.Files.Requests} time(s).");
    }

    [Fact]
    public async Task Ignores_a_duplicate_request_after_completion()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        await _workflow.Harness.Bus.Publish(WorkflowHarness.Request(id));
        await _workflow.SendToWorkflowAsync(new VendorJobRunning { GenerationId = id, Percent = 5 });
        await _workflow.Harness.InactivityTask;

        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.SubmitAsync)));
        Assert.Equal(1, _workflow.PublishedCount<GenerationCompleted>(id));
        await _workflow.InStateAsync(id, m => m.Completed);
        Assert.False(_workflow.Harness.Published.Select<MassTransit.Fault>().Any(), "A late or duplicate message faulted instead of being ignored.");
    }

    [Fact]
    public async Task Ignores_late_status_replies_and_duplicate_successes()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        await _workflow.SendToWorkflowAsync(new VendorJobRunning { GenerationId = id, Percent = 99 });
        await _workflow.SendToWorkflowAsync(new VendorAssetsCollected { GenerationId = id, Assets = [] });
        await _workflow.Harness.InactivityTask;

        Assert.Equal(1, _workflow.PublishedCount<GenerationCompleted>(id));
        Assert.Equal(1, Vendor.Calls(nameof(IVendorWorkflow.CollectAsync)));
        Assert.False(_workflow.Harness.Published.Select<MassTransit.Fault>().Any(), "A late or duplicate message faulted instead of being ignored.");
    }

    [Fact]
    public async Task A_generation_an_earlier_version_stored_while_collecting_completes_on_its_assets()
    {
        Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("RUNNING"));
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Processing);

        // As the earlier version stored it: its status checks already stopped, its collect on the way.
        await _workflow.Services.GetRequiredService<IStatusCheckStore>().RemoveAsync(id, null, CancellationToken.None);
        _workflow.Saga.Sagas.Contains(id)!.CurrentState = _workflow.Machine.Collecting.Name;
        await _workflow.SendToWorkflowAsync(new VendorAssetsCollected { GenerationId = id, Assets = [] });

        await _workflow.InStateAsync(id, m => m.Completed);
        Assert.Equal(1, _workflow.PublishedCount<GenerationCompleted>(id));
    }
}
