using System.Diagnostics.Metrics;
using GenerationGateway.Adapters.Workflow.Consumers;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>The workflow's transitions as metrics: each generation counted once, by how it ended, with its stages.</summary>
public sealed class WorkflowMetricsTests : IAsyncLifetime
{
    static readonly (string, object) Vendor = (GatewayMetrics.VendorTag, ScriptedVendor.Key);

    readonly WorkflowHarness _workflow = new();
    MetricsRecorder _metrics = null!;

    public Task InitializeAsync()
    {
        _metrics = new MetricsRecorder(_workflow.Services.GetRequiredService<IMeterFactory>());
        return _workflow.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _workflow.DisposeAsync();
        _metrics.Dispose();
    }

    [Fact]
    public async Task Counts_a_completed_generation_with_its_duration_and_each_stage_it_went_through()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsCompleted, Vendor) == 1, "the completion is counted");
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsStarted, Vendor, (GatewayMetrics.TaskKindTag, "text-to-3d")));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsCompleted, Vendor, (GatewayMetrics.TaskKindTag, "text-to-3d")));
        Assert.Empty(_metrics.Of(GatewayMetrics.GenerationsFailed));
        Assert.Empty(_metrics.Of(GatewayMetrics.GenerationsCancelled));
        var duration = Assert.Single(_metrics.Of(GatewayMetrics.GenerationDuration, Vendor, (GatewayMetrics.OutcomeTag, "completed")));
        Assert.InRange(duration.Value, 0, Timeout.TotalSeconds);
        // The collection runs in processing: the status poller starts it, the workflow completes from processing.
        foreach (var stage in new[] { "preparing", "submitting", "processing" })
        {
            var spent = Assert.Single(_metrics.Of(GatewayMetrics.StageDuration, Vendor, (GatewayMetrics.StageTag, stage)));
            Assert.InRange(spent.Value, 0, duration.Value);
        }

        Assert.Equal(3, _metrics.Of(GatewayMetrics.StageDuration).Count);
        Assert.Equal([1, -1], _metrics.Of(GatewayMetrics.GenerationsInFlight, Vendor).Select(m => m.Value));
    }

    [Fact]
    public async Task Counts_a_failure_under_its_reason()
    {
        _workflow.Vendor.Submit = _ => throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted, "INSUFFICIENT_FUND", "not enough credits");
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationFailed>(id);

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsFailed, Vendor) == 1, "the failure is counted");
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsFailed, Vendor, (GatewayMetrics.FailureReasonTag, "vendor-quota-exhausted"), (GatewayMetrics.TaskKindTag, "text-to-3d")));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationDuration, Vendor, (GatewayMetrics.OutcomeTag, "failed")));
        Assert.Empty(_metrics.Of(GatewayMetrics.GenerationsCompleted));
        Assert.Equal(["preparing", "submitting"], _metrics.Of(GatewayMetrics.StageDuration).Select(m => m.Tag(GatewayMetrics.StageTag)));
        Assert.Equal(0, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
    }

    [Fact]
    public async Task Counts_a_cancellation_once_however_often_it_is_asked_for_and_confirmed()
    {
        var release = new TaskCompletionSource<CancelOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _workflow.Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("Generating"));
        _workflow.Vendor.Cancel = _ => release.Task;
        var id = await _workflow.RequestAsync();
        await _workflow.InStateAsync(id, m => m.Processing);

        await CancelAsync(id);
        await _workflow.InStateAsync(id, m => m.Cancelling);
        await CancelAsync(id);
        release.SetResult(CancelOutcome.StoppedAtVendor);
        await _workflow.PublishedAsync<GenerationCancelled>(id);
        await _workflow.SendToWorkflowAsync(new VendorJobStopped { GenerationId = id, Stopped = true });
        await CancelAsync(id);
        await _workflow.Harness.InactivityTask;

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsCancelled, Vendor) == 1, "the cancellation is counted");
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsCancelled));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationDuration, Vendor, (GatewayMetrics.OutcomeTag, "cancelled")));
        Assert.Single(_metrics.Of(GatewayMetrics.StageDuration, Vendor, (GatewayMetrics.StageTag, "processing")));
        Assert.Single(_metrics.Of(GatewayMetrics.StageDuration, Vendor, (GatewayMetrics.StageTag, "cancelling")));
        Assert.Equal(0, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
    }

    [Fact]
    public async Task Counts_a_generation_once_when_its_request_and_its_last_reply_arrive_twice()
    {
        var id = Guid.NewGuid();
        await _workflow.Harness.Bus.Publish(WorkflowHarness.Request(id));
        await _workflow.Harness.Bus.Publish(WorkflowHarness.Request(id));
        await _workflow.PublishedAsync<GenerationCompleted>(id);
        await _workflow.SendToWorkflowAsync(new VendorAssetsCollected { GenerationId = id, Assets = [] });
        await _workflow.Harness.Bus.Publish(WorkflowHarness.Request(id));
        await _workflow.Harness.InactivityTask;

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsCompleted, Vendor) == 1, "the completion is counted");
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsStarted));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsCompleted));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationDuration));
        Assert.Equal(0, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
    }

    [Fact]
    public async Task Keeps_a_generation_in_flight_until_it_ends()
    {
        var release = new TaskCompletionSource<StatusOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _workflow.Vendor.Check = _ => release.Task;
        var first = await _workflow.RequestAsync();
        var second = await _workflow.RequestAsync();
        await _workflow.InStateAsync(first, m => m.Processing);
        await _workflow.InStateAsync(second, m => m.Processing);

        Assert.Equal(2, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
        release.SetResult(StatusOutcome.Succeeded("Done"));
        await _workflow.PublishedAsync<GenerationCompleted>(first);
        await _workflow.PublishedAsync<GenerationCompleted>(second);

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor) == 0, "both generations leave in flight");
        Assert.Equal(2, _metrics.Sum(GatewayMetrics.GenerationsCompleted, Vendor));
    }

    [Fact]
    public async Task Measures_each_asset_download_as_a_vendor_request()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        var download = Assert.Single(_metrics.Of(GatewayMetrics.VendorRequestDuration, Vendor));
        Assert.Equal(CollectVendorAssetsConsumer<ScriptedVendor>.AssetDownloadOperation, download.Tag(GatewayMetrics.OperationTag));
        Assert.Equal("GET", download.Tag(GatewayMetrics.MethodTag));
        Assert.Equal(200, download.Tag(GatewayMetrics.StatusCodeTag));
        Assert.Null(download.Tag(GatewayMetrics.ErrorTypeTag));
    }

    static TimeSpan Timeout => TimeSpan.FromSeconds(60);

    Task CancelAsync(Guid id) =>
        _workflow.Harness.Bus.Publish(new CancelGeneration { GenerationId = id, Vendor = ScriptedVendor.Key, Reason = "user asked" });

    Task EventuallyAsync(Func<bool> condition, string what) => _workflow.EventuallyAsync(condition, () => $"Timed out waiting until {what}.");
}
