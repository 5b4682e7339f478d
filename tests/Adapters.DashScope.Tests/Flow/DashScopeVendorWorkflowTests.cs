using GenerationGateway.Adapters.DashScope.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.DashScope.Tests.Flow;

/// <summary>The workflow plug-in as the adapter host registers it, against the simulator on a clock the test moves.</summary>
public sealed class DashScopeVendorWorkflowTests(DashScopeSimulator simulator)
    : VendorWorkflowTest<DashScopeSimulator, DashScopeVendorWorkflow>(simulator), IClassFixture<DashScopeSimulator>, IAsyncLifetime
{
    protected override IHost BuildHost() => DashScopeAdapterHost.Build(Simulator);

    async Task<VendorJob> SubmittedAsync(params object[] faults)
    {
        if (faults.Length > 0)
        {
            await Simulator.InjectAsync(faults);
        }

        return await base.SubmittedAsync(DashScopeRequests.Photo());
    }

    [Fact]
    public async Task Runs_a_generation_from_submit_to_collect()
    {
        var (prepared, submitted, checks, collected) = await RunAsync(DashScopeRequests.Photo(), DashScopeSimulator.Pending, DashScopeSimulator.Running);

        Assert.True(prepared.IsReady);
        Assert.Equal(TimeSpan.FromSeconds(5), submitted.FirstCheckAfter);
        Assert.Equal(
            [(VendorJobStatus.Running, "PENDING"), (VendorJobStatus.Running, "RUNNING"), (VendorJobStatus.Succeeded, "SUCCEEDED")],
            checks.Select(x => (x.Status, x.VendorStatus)));
        Assert.Equal(TimeSpan.FromSeconds(5), checks[0].RetryAfter);
        var asset = Assert.Single(collected.Assets);
        Assert.Equal((AssetRole.Model, AssetFormat.Ply, "character.ply", "application/x-ply"), (asset.Role, asset.Format, asset.Name, asset.ContentType));
        Assert.Equal(new VendorUsage { Quantity = 1 }, collected.Usage);
        Assert.Equal("https://images.test/person.jpg", Simulator.LastRequest("3d-generation").JsonBody!.Value.GetProperty("input").GetProperty("image_url").GetString());
    }

    [Fact]
    public async Task The_collected_link_is_a_real_ply_file()
    {
        var job = await SubmittedAsync();
        Simulator.Time.Advance(DashScopeSimulator.Pending + DashScopeSimulator.Running);

        var collected = await Workflow.CollectAsync(job, CancellationToken.None);
        using var http = new HttpClient(Simulator.CreateHandler());
        var bytes = await http.GetByteArrayAsync(collected.Assets[0].Url);

        Assert.StartsWith("ply\nformat binary_little_endian 1.0\n", System.Text.Encoding.ASCII.GetString(bytes, 0, 40), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("InvalidParameter", "Image_url can not be empty.", FailureReason.InvalidRequest, false)]
    [InlineData("InvalidParameter", "Failed to download image, url https://images.test/person.jpg.", FailureReason.InputUnavailable, true)]
    [InlineData("DataInspectionFailed", "Input data may contain inappropriate content.", FailureReason.ContentRejected, false)]
    [InlineData("InternalError", "Internal server error.", FailureReason.VendorJobFailed, true)]
    public async Task A_failed_task_fails_the_generation_with_the_reason_its_code_names(string code, string message, FailureReason reason, bool retryable)
    {
        var job = await SubmittedAsync(new { kind = "task-failed", code, message });
        Simulator.Time.Advance(DashScopeSimulator.Pending + DashScopeSimulator.Running);

        var status = await Workflow.CheckAsync(job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, reason, retryable, code, message, "FAILED"),
            (status.Status, status.FailureReason, status.Retryable, status.VendorCode, status.VendorMessage, status.VendorStatus));
    }

    [Fact]
    public async Task A_task_past_its_retention_is_lost()
    {
        var job = await SubmittedAsync();
        Simulator.Time.Advance(DashScopeSimulator.Pending + DashScopeSimulator.Running + TimeSpan.FromHours(24));

        var status = await Workflow.CheckAsync(job, CancellationToken.None);
        var collect = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.CollectAsync(job, CancellationToken.None));

        Assert.Equal((VendorJobStatus.Failed, FailureReason.VendorJobLost, "UNKNOWN"), (status.Status, status.FailureReason, status.VendorCode));
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorJobLost), (collect.Kind, collect.Reason));
    }

    [Fact]
    public async Task A_task_cancelled_elsewhere_fails_the_generation()
    {
        var job = await SubmittedAsync();
        await Simulator.CreateClient().CancelTaskAsync(job.VendorJobId!, CancellationToken.None);

        var status = await Workflow.CheckAsync(job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, FailureReason.VendorJobFailed, "CANCELED"), (status.Status, status.FailureReason, status.VendorCode));
    }

    [Fact]
    public async Task A_throttled_poll_is_a_vendor_call_exception_the_workflow_waits_out()
    {
        var job = await SubmittedAsync(new { kind = "http-error", endpoint = "task", status = 429, code = "Throttling.RateQuota" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.CheckAsync(job, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Throttled, TimeSpan.FromSeconds(1)), (failure.Kind, failure.RetryAfter));
    }

    [Fact]
    public async Task Cancels_a_pending_task_at_dashscope()
    {
        var job = await SubmittedAsync();

        var cancelled = await Workflow.CancelAsync(job, CancellationToken.None);

        Assert.Equal((true, null), (cancelled.Stopped, cancelled.Note));
        Assert.Equal(200, Simulator.LastRequest("/cancel").ResponseStatus);
        Assert.Equal(DashScopeTaskStatus.Canceled, (await Simulator.CreateClient().GetTaskAsync(job.VendorJobId!, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task A_running_task_cannot_be_stopped_and_is_not_asked_to()
    {
        var job = await SubmittedAsync();
        Simulator.Time.Advance(DashScopeSimulator.Pending);

        var cancelled = await Workflow.CancelAsync(job, CancellationToken.None);

        Assert.False(cancelled.Stopped);
        Assert.Contains("could not be stopped", cancelled.Note, StringComparison.Ordinal);
        Assert.Contains("RUNNING", cancelled.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(Simulator.Requests(), x => x.Path.EndsWith($"{job.VendorJobId}/cancel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_task_that_starts_between_the_check_and_the_cancel_is_reported_as_not_stopped()
    {
        var job = await SubmittedAsync(new { kind = "http-error", endpoint = "cancel", status = 400, code = "UnsupportedOperation" });

        var cancelled = await Workflow.CancelAsync(job, CancellationToken.None);

        Assert.False(cancelled.Stopped);
        Assert.Contains("could not be stopped", cancelled.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_task_needs_no_stopping_but_its_result_is_not_stopped_either()
    {
        var job = await SubmittedAsync();
        Simulator.Time.Advance(DashScopeSimulator.Pending + DashScopeSimulator.Running);

        var cancelled = await Workflow.CancelAsync(job, CancellationToken.None);

        Assert.False(cancelled.Stopped);
        Assert.Contains("already succeeded", cancelled.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_that_breaks_the_rules_is_rejected_without_calling_dashscope()
    {
        var before = Simulator.Requests().Count;

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            Workflow.SubmitAsync(Job(DashScopeRequests.Photo("ftp://images.test/person.jpg")), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (failure.Kind, failure.Reason));
        Assert.Contains("inputs.images[0].url", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, Simulator.Requests().Count);
    }

    [Fact]
    public async Task Cannot_reconcile_a_lost_submit()
    {
        var reconciled = await Workflow.ReconcileSubmitAsync(Job(DashScopeRequests.Photo()), CancellationToken.None);

        Assert.Equal(ReconcileResult.NotSupported, reconciled.Result);
    }
}
