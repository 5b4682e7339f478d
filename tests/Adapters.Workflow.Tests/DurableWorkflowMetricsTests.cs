using System.Diagnostics.Metrics;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>
/// The saga in PostgreSQL behind the transactional outbox, as adapters run on RabbitMQ: measurements wait for the commit of
/// the transition that made them, and still count each generation once.
/// </summary>
public sealed class DurableWorkflowMetricsTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>, IAsyncLifetime
{
    static readonly (string, object) Vendor = (GatewayMetrics.VendorTag, ScriptedVendor.Key);

    WorkflowHarness _workflow = null!;
    MetricsRecorder _metrics = null!;

    public Task InitializeAsync()
    {
        _workflow = new WorkflowHarness(workflowDatabase: database.ConnectionString);
        _metrics = new MetricsRecorder(_workflow.Services.GetRequiredService<IMeterFactory>());
        return _workflow.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _workflow.DisposeAsync();
        _metrics.Dispose();
    }

    [Fact]
    public async Task Counts_a_completed_generation_and_its_stages_once_committed()
    {
        await _workflow.RequestAsync();

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsCompleted, Vendor) == 1, "the completion is counted");
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsStarted, Vendor, (GatewayMetrics.TaskKindTag, "text-to-3d")));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationDuration, Vendor, (GatewayMetrics.OutcomeTag, "completed")));
        Assert.Equal(
            ["preparing", "submitting", "processing"],
            _metrics.Of(GatewayMetrics.StageDuration, Vendor).Select(m => m.Tag(GatewayMetrics.StageTag)));
        Assert.Equal(0, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
    }

    [Fact]
    public async Task Counts_a_failure_under_its_reason_once_committed()
    {
        _workflow.Vendor.Check = _ => Task.FromResult(StatusOutcome.Failed(FailureReason.ContentRejected, false, "MODERATION", "refused"));
        await _workflow.RequestAsync();

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsFailed, Vendor) == 1, "the failure is counted");
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsFailed, Vendor, (GatewayMetrics.FailureReasonTag, "content-rejected")));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsStarted));
        Assert.Equal(0, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
    }

    [Fact]
    public async Task Counts_a_transition_once_when_concurrent_duplicates_conflict_and_retry()
    {
        _workflow.Vendor.Check = _ => Task.FromResult(StatusOutcome.Running("Generating", 50));
        var id = await _workflow.RequestAsync();
        await EventuallyAsync(() => _workflow.Vendor.Calls(nameof(IVendorWorkflow.CheckAsync)) > 0, "the job is being processed");

        // All load the saga in Processing; one commits the completion, the others conflict and re-run on a fresh load.
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _workflow.SendToWorkflowAsync(new VendorAssetsCollected { GenerationId = id, Assets = [] })));

        await EventuallyAsync(() => _metrics.Sum(GatewayMetrics.GenerationsCompleted, Vendor) == 1, "the completion is counted");
        await _workflow.Harness.InactivityTask;
        Assert.Single(_metrics.Of(GatewayMetrics.StageDuration, Vendor, (GatewayMetrics.StageTag, "processing")));
        Assert.Single(_metrics.Of(GatewayMetrics.GenerationsCompleted));
        Assert.Equal(0, _workflow.Vendor.Calls(nameof(IVendorWorkflow.CollectAsync)));
        Assert.Equal(0, _metrics.Sum(GatewayMetrics.GenerationsInFlight, Vendor));
    }

    Task EventuallyAsync(Func<bool> condition, string what) => _workflow.EventuallyAsync(condition, () => $"Timed out waiting until {what}.");
}
