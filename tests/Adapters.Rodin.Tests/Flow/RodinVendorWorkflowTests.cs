using GenerationGateway.Adapters.Rodin.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Rodin.Tests.Flow;

/// <summary>The workflow plug-in as the adapter host registers it, against the simulator.</summary>
public sealed class RodinVendorWorkflowTests(RodinSimulator simulator)
    : VendorWorkflowTest<RodinSimulator, RodinVendorWorkflow>(simulator), IClassFixture<RodinSimulator>, IAsyncLifetime
{
    readonly StubImageHost _images = new();

    protected override IHost BuildHost() => RodinAdapterHost.Build(Simulator, _images);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _images.Dispose();
    }

    [Fact]
    public async Task Runs_a_generation_from_submit_to_collect()
    {
        var (prepared, submitted, checks, collected) = await RunAsync(RodinRequests.Image(), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2));

        Assert.True(prepared.IsReady);
        Assert.Equal(TimeSpan.FromSeconds(5), submitted.FirstCheckAfter);
        Assert.Equal(["credits", "jobUuids", "subscriptionKey"], submitted.State.Keys.Order());
        Assert.Equal("0.5", submitted.State["credits"]);
        Assert.Equal(2, submitted.State["jobUuids"].Split(',').Length);
        Assert.Equal(
            [
                (VendorJobStatus.Running, 0, "Waiting,Waiting"), (VendorJobStatus.Running, 50, "Generating,Generating"),
                (VendorJobStatus.Running, 75, "Done,Generating"), (VendorJobStatus.Succeeded, 100, "Done,Done"),
            ],
            checks.Select(x => (x.Status, x.Percent ?? -1, x.VendorStatus)));
        Assert.Equal(TimeSpan.FromSeconds(5), checks[0].RetryAfter);
        Assert.Equal(
            [(AssetRole.Model, AssetFormat.Glb, "base_basic_pbr.glb", "model/gltf-binary"), (AssetRole.Preview, AssetFormat.Webp, "preview.webp", "image/webp")],
            collected.Assets.Select(x => (x.Role, x.Format, x.Name, x.ContentType)));
        Assert.Equal(new VendorUsage { Credits = 0.5m, Quantity = 1 }, collected.Usage);
        Assert.Null(collected.PartialNote);
        Assert.Equal(submitted.VendorJobId, Simulator.LastRequest("download").JsonBody!.Value.GetProperty("task_uuid").GetString());
    }

    [Fact]
    public async Task The_collected_links_are_the_simulators_files()
    {
        var job = Job(RodinRequests.Text(options: new GenerationOptions { OutputFormats = [AssetFormat.Obj] }));
        var submitted = await Workflow.SubmitAsync(job, CancellationToken.None);
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var collected = await Workflow.CollectAsync(job with { VendorJobId = submitted.VendorJobId, State = submitted.State }, CancellationToken.None);
        using var http = new HttpClient(Simulator.CreateHandler());
        using var model = await http.GetAsync(collected.Assets[0].Url);

        Assert.Equal((AssetRole.Model, AssetFormat.Obj, "base_basic_pbr.obj"), (collected.Assets[0].Role, collected.Assets[0].Format, collected.Assets[0].Name));
        Assert.True(model.IsSuccessStatusCode, $"{model.StatusCode}");
        Assert.Equal("obj", Simulator.LastRequest("rodin").FormValue("geometry_file_format"));
    }

    [Fact]
    public async Task A_failed_job_fails_the_generation_as_retryable()
    {
        await Simulator.InjectAsync(new { kind = "job-failed" });
        var job = Job(RodinRequests.Text());
        var submitted = await Workflow.SubmitAsync(job, CancellationToken.None);
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var status = await Workflow.CheckAsync(job with { VendorJobId = submitted.VendorJobId, State = submitted.State }, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, FailureReason.VendorJobFailed, true, "Failed", "Done,Failed"),
            (status.Status, status.FailureReason, status.Retryable, status.VendorCode, status.VendorStatus));
    }

    [Fact]
    public async Task A_request_that_breaks_the_rules_is_rejected_without_calling_rodin()
    {
        var before = Simulator.Requests().Count;

        var failure = await Assert.ThrowsAsync<VendorCallException>(() =>
            Workflow.SubmitAsync(Job(RodinRequests.Text("""{"seed":-1}""")), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (failure.Kind, failure.Reason));
        Assert.Contains("vendorOptions.seed", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, Simulator.Requests().Count);
    }

    [Fact]
    public async Task A_business_error_at_submit_surfaces_as_the_vendor_call_exception()
    {
        await Simulator.InjectAsync(new { kind = "business-error", error = "SUBSCRIPTION_PLAN_TOO_LOW" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.SubmitAsync(Job(RodinRequests.Text()), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted), (failure.Kind, failure.Reason));
    }

    [Fact]
    public async Task Cannot_reconcile_or_cancel()
    {
        var job = Job(RodinRequests.Text()) with { VendorJobId = "task-1" };

        var reconciled = await Workflow.ReconcileSubmitAsync(job, CancellationToken.None);
        var cancelled = await Workflow.CancelAsync(job, CancellationToken.None);

        Assert.Equal(ReconcileResult.NotSupported, reconciled.Result);
        Assert.Equal((false, "Rodin has no cancel endpoint"), (cancelled.Stopped, cancelled.Note));
    }
}
