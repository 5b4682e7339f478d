using System.Security.Cryptography;
using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.TestSupport.Workflow;
using static GenerationGateway.Adapters.Hunyuan.Tests.Support.StubImageHost;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Saga;

/// <summary>
/// The one generation workflow running the Hunyuan plug-in against the simulated gateway, end to end inside one
/// process: the SeaArt simulator on the real clock (tasks take about 0.4 s) and the stub image host.
/// </summary>
public sealed class HunyuanWorkflowSagaTests : IAsyncLifetime
{
    readonly VendorWorkflowHarness<HunyuanVendorWorkflow, SeaArtSimulator> _workflow = new(
        new HunyuanVendorModule(),
        SeaArtSimulator.OnRealClock(),
        simulator => [.. HunyuanAdapterHost.Settings(simulator), new("Vendors:Hunyuan:StatusInterval", "00:00:01"), new("Workflow:MaxSubmitDeferrals", "3")],
        stubs: [(StubImageHost.Host, new StubImageHost())]);

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task Completes_with_the_glb_the_obj_zip_and_the_preview_stored_and_the_cost_carried()
    {
        var id = await _workflow.RequestAsync(HunyuanRequests.Image());

        var completed = Assert.IsType<GenerationCompleted>(await _workflow.EndedAsync(id));

        var accepted = await _workflow.PublishedAsync<GenerationAccepted>(id);
        Assert.Matches("^[a-z0-9]{20}$", completed.VendorJobId);
        Assert.Equal(accepted.VendorJobId, completed.VendorJobId);
        Assert.Equal(
            [(AssetRole.Model, AssetFormat.Glb, "model.glb"), (AssetRole.Preview, AssetFormat.Png, "preview.png"), (AssetRole.Archive, AssetFormat.Zip, "model-obj.zip")],
            completed.Assets.Select(x => (x.Role, x.Format, x.Name)));
        var glb = completed.Assets[0];
        Assert.Equal(new Uri($"http://gateway.test/v1/assets/{id:N}/model.glb"), glb.Url);
        Assert.Equal("model/gltf-binary", glb.ContentType);
        Assert.StartsWith("sha256:", glb.Checksum, StringComparison.Ordinal);
        Assert.Equal("application/zip", completed.Assets[2].ContentType);
        Assert.Equal(new VendorUsage { Cost = 0.4m, Currency = "USD", Credits = 20, Quantity = 1 }, completed.Usage);
        var progress = _workflow.Progress(id);
        Assert.Equal(progress.Order(), progress);
        Assert.All(progress, x => Assert.InRange(x, 0, 100));
        Assert.Single(_workflow.Simulator.Creates());
    }

    [Theory]
    [InlineData("13001095", FailureReason.VendorJobFailed)]
    [InlineData("13001097", FailureReason.VendorUnavailable)]
    [InlineData("13001099", FailureReason.VendorJobFailed)]
    public async Task A_task_failing_with_a_vendor_code_fails_the_generation_with_its_reason(string code, FailureReason reason)
    {
        await _workflow.Simulator.InjectAsync(new { kind = "task-failed", code, message = "upstream trouble" });

        var id = await _workflow.RequestAsync(HunyuanRequests.Text());
        var failed = Assert.IsType<GenerationFailed>(await _workflow.EndedAsync(id));

        Assert.Equal((reason, true, code), (failed.Reason, failed.Retryable, failed.VendorCode));
        Assert.NotNull(failed.VendorJobId);
    }

    [Fact]
    public async Task An_image_below_the_size_limit_fails_as_invalid_before_any_submit()
    {
        var id = await _workflow.RequestAsync(HunyuanRequests.Image(url: Url("thumb/100x100.png")));

        var failed = Assert.IsType<GenerationFailed>(await _workflow.EndedAsync(id));

        Assert.Equal((FailureReason.InvalidRequest, false, null), (failed.Reason, failed.Retryable, failed.VendorJobId));
        Assert.Contains("128 to 5000 px", failed.VendorMessage, StringComparison.Ordinal);
        Assert.Empty(_workflow.Simulator.Creates());
    }

    [Fact]
    public async Task A_429_at_create_defers_the_submit_and_makes_one_task()
    {
        await _workflow.Simulator.InjectAsync(new { kind = "http-status", status = 429, endpoint = "create", retryAfterSeconds = 0 });

        var id = await _workflow.RequestAsync(HunyuanRequests.Text());

        Assert.IsType<GenerationCompleted>(await _workflow.EndedAsync(id));
        Assert.Equal([429, 200], _workflow.Simulator.Creates().Select(x => x.ResponseStatus ?? 0));
    }

    [Fact]
    public async Task A_rejected_key_fails_the_generation_as_an_auth_failure()
    {
        await _workflow.Simulator.InjectAsync(new { kind = "http-status", status = 401, endpoint = "create" });

        var id = await _workflow.RequestAsync(HunyuanRequests.Text());
        var failed = Assert.IsType<GenerationFailed>(await _workflow.EndedAsync(id));

        Assert.Equal((FailureReason.VendorAuthFailed, false), (failed.Reason, failed.Retryable));
    }

    [Fact]
    public async Task Cancelling_a_running_task_says_the_vendor_job_was_not_stopped()
    {
        await _workflow.Simulator.InjectAsync(new { kind = "stall" });
        var id = await _workflow.RequestAsync(HunyuanRequests.Text());
        await _workflow.PublishedAsync<GenerationAccepted>(id);

        await _workflow.Harness.Bus.Publish(new CancelGeneration { GenerationId = id, Vendor = "hunyuan3d-pro", Reason = "test" });
        var cancelled = Assert.IsType<GenerationCancelled>(await _workflow.EndedAsync(id));

        Assert.Equal((false, "SeaArt has no cancel endpoint"), (cancelled.VendorJobStopped, cancelled.Note));
    }

    [Fact]
    public async Task The_stored_glb_is_the_file_the_gateway_served()
    {
        var id = await _workflow.RequestAsync(HunyuanRequests.Text("""{"generateType":"Geometry"}"""));

        var completed = Assert.IsType<GenerationCompleted>(await _workflow.EndedAsync(id));

        var glb = Assert.Single(completed.Assets, x => x.Format == AssetFormat.Glb);
        using var http = new HttpClient(_workflow.Simulator.CreateHandler());
        var served = await http.GetByteArrayAsync(glb.VendorUrl);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(served)), glb.Checksum);
        Assert.Equal("glTF"u8.ToArray(), served[..4]);
    }
}
