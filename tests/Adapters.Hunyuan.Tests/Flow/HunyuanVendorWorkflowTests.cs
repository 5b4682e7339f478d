using System.IO.Compression;
using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static GenerationGateway.Adapters.Hunyuan.Tests.Support.StubImageHost;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Flow;

/// <summary>The workflow plug-in as the adapter host registers it, against the simulator and a stub image host.</summary>
public sealed class HunyuanVendorWorkflowTests(SeaArtSimulator simulator)
    : VendorWorkflowTest<SeaArtSimulator, HunyuanVendorWorkflow>(simulator), IClassFixture<SeaArtSimulator>, IAsyncLifetime
{
    readonly StubImageHost _images = new();

    protected override IHost BuildHost() => HunyuanAdapterHost.Build(Simulator, _images);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _images.Dispose();
    }

    [Fact]
    public async Task Runs_a_generation_from_prepare_to_collect()
    {
        var (_, submitted, checks, collected) = await RunAsync(HunyuanRequests.Image(), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        Assert.Equal(("1", "Normal"), (submitted.State["checkedImages"], submitted.State["generateType"]));
        Assert.Equal(TimeSpan.FromSeconds(3), submitted.FirstCheckAfter);
        Assert.Equal(
            [(VendorJobStatus.Running, 0, "in_progress"), (VendorJobStatus.Running, 25, "in_progress"), (VendorJobStatus.Running, 50, "in_progress"), (VendorJobStatus.Succeeded, 100, "completed")],
            checks.Select(x => (x.Status, x.Percent ?? -1, x.VendorStatus)));
        Assert.Equal(TimeSpan.FromSeconds(3), checks[0].RetryAfter);
        Assert.Equal(
            [
                (AssetRole.Model, AssetFormat.Glb, "model.glb", "model/gltf-binary"), (AssetRole.Preview, AssetFormat.Png, "preview.png", "image/png"),
                (AssetRole.Archive, AssetFormat.Zip, "model-obj.zip", "application/zip"),
            ],
            collected.Assets.Select(x => (x.Role, x.Format, x.Name, x.ContentType)));
        Assert.Equal(new VendorUsage { Cost = 0.4m, Currency = "USD", Credits = 20, Quantity = 1 }, collected.Usage);
        Assert.Null(collected.PartialNote);
        Assert.Equal(HunyuanRequests.MainImage, Assert.Single(_images.Requests).RequestUri!.AbsoluteUri);
        Assert.Null(_images.Requests[0].Headers.Authorization);
    }

    [Fact]
    public async Task The_obj_result_is_a_zip_holding_a_valid_obj()
    {
        var job = await SubmittedAsync(HunyuanRequests.Text());
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var collected = await Workflow.CollectAsync(job, CancellationToken.None);
        using var http = new HttpClient(Simulator.CreateHandler());
        var zip = await http.GetByteArrayAsync(collected.Assets.Single(x => x.Format == AssetFormat.Zip).Url);
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var obj = new StreamReader(archive.GetEntry("model.obj")!.Open());
        var lines = (await obj.ReadToEndAsync()).Split('\n');

        Assert.Equal(24, lines.Count(x => x.StartsWith("v ", StringComparison.Ordinal)));
        Assert.Equal(12, lines.Count(x => x.StartsWith("f ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_geometry_task_yields_a_glb_and_its_preview()
    {
        var job = await SubmittedAsync(HunyuanRequests.Text("""{"generateType":"Geometry"}"""));
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var collected = await Workflow.CollectAsync(job, CancellationToken.None);

        Assert.Equal(["model.glb", "preview.png"], collected.Assets.Select(x => x.Name));
    }

    [Theory]
    [InlineData("13001095", FailureReason.VendorJobFailed)]
    [InlineData("13001096", FailureReason.VendorJobFailed)]
    [InlineData("13001097", FailureReason.VendorUnavailable)]
    [InlineData("13001098", FailureReason.VendorJobFailed)]
    [InlineData("13001099", FailureReason.VendorJobFailed)]
    public async Task A_failed_task_fails_with_the_reason_its_code_means(string code, FailureReason reason)
    {
        await Simulator.InjectAsync(new { kind = "task-failed", code, message = "upstream said no" });
        var job = await SubmittedAsync(HunyuanRequests.Text());
        Simulator.Time.Advance(TimeSpan.FromSeconds(10));

        var status = await Workflow.CheckAsync(job, CancellationToken.None);

        Assert.Equal((VendorJobStatus.Failed, reason, true, code, "failed"), (status.Status, status.FailureReason, status.Retryable, status.VendorCode, status.VendorStatus));
        Assert.Contains("upstream said no", status.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_the_gateway_no_longer_knows_is_lost()
    {
        var job = Job(HunyuanRequests.Text()) with { VendorJobId = "aaaaaaaaaaaaaaaaaaaa" };

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.CheckAsync(job, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorJobLost), (failure.Kind, failure.Reason));
    }

    [Fact]
    public async Task A_429_while_polling_is_throttling()
    {
        var job = await SubmittedAsync(HunyuanRequests.Text());
        await Simulator.InjectAsync(new { kind = "http-status", status = 429, endpoint = "task", retryAfterSeconds = 4 });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.CheckAsync(job, CancellationToken.None));

        Assert.Equal((VendorErrorKind.Throttled, TimeSpan.FromSeconds(4)), (failure.Kind, failure.RetryAfter));
    }

    [Theory]
    [InlineData("small/127x512.png")]
    [InlineData("tall/512x5001.jpg")]
    [InlineData("text.png")]
    [InlineData("huge.png")]
    public async Task Prepare_refuses_an_image_that_breaks_the_limits_before_anything_is_paid(string path)
    {
        var before = Simulator.Creates().Count;

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(Job(HunyuanRequests.Image(url: Url(path))), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (failure.Kind, failure.Reason));
        Assert.Contains("inputs.images[0]", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, Simulator.Creates().Count);
    }

    [Fact]
    public async Task Prepare_checks_every_multi_view_image_and_their_total()
    {
        var fine = HunyuanRequests.MultiView((null, Url("a/512x512.png")), ("left", Url("mb3.png")), ("back", Url("mb4.png")));
        var tooMuch = HunyuanRequests.MultiView((null, Url("a/512x512.png")), ("left", Url("mb4.png")), ("back", Url("mb5.png")));
        var smallView = HunyuanRequests.MultiView((null, Url("a/512x512.png")), ("left", Url("b/64x64.png")));

        var prepared = await Workflow.PrepareAsync(Job(fine), CancellationToken.None);
        var total = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(Job(tooMuch), CancellationToken.None));
        var small = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(Job(smallView), CancellationToken.None));

        Assert.Equal("3", prepared.State["checkedImages"]);
        Assert.Equal(FailureReason.InvalidRequest, total.Reason);
        Assert.Contains("multi-view images total", total.Message, StringComparison.Ordinal);
        Assert.Contains("inputs.images[1]", small.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_fails_a_missing_image_and_a_host_that_kept_failing_alike_without_details()
    {
        var missing = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(Job(HunyuanRequests.Image(url: Url("missing.png"))), CancellationToken.None));
        var flaky = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(Job(HunyuanRequests.Image(url: Url("flaky.png"))), CancellationToken.None));

        // The egress guard retried the failing host twice already: both are final, and neither tells what the host answered.
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (missing.Kind, missing.Reason));
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InputUnavailable), (flaky.Kind, flaky.Reason));
        Assert.Equal(("Input image inputs.images[0] could not be fetched.", missing.Message), (flaky.Message, missing.Message));
    }

    [Fact]
    public async Task A_request_that_breaks_the_rules_is_rejected_without_calling_the_gateway()
    {
        var before = Simulator.Requests().Count;

        var prepare = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.PrepareAsync(Job(HunyuanRequests.Text("""{"faceCount":1}""")), CancellationToken.None));
        var submit = await Assert.ThrowsAsync<VendorCallException>(() => Workflow.SubmitAsync(Job(HunyuanRequests.Text("""{"faceCount":1}""")), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (prepare.Kind, prepare.Reason));
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.InvalidRequest), (submit.Kind, submit.Reason));
        Assert.Contains("vendorOptions.faceCount", submit.Message, StringComparison.Ordinal);
        Assert.Equal(before, Simulator.Requests().Count);
    }

    [Fact]
    public async Task Cannot_reconcile_or_cancel()
    {
        var job = Job(HunyuanRequests.Text()) with { VendorJobId = "task-1" };

        var reconciled = await Workflow.ReconcileSubmitAsync(job, CancellationToken.None);
        var cancelled = await Workflow.CancelAsync(job, CancellationToken.None);

        Assert.Equal(ReconcileResult.NotSupported, reconciled.Result);
        Assert.Equal((false, "SeaArt has no cancel endpoint"), (cancelled.Stopped, cancelled.Note));
    }
}
