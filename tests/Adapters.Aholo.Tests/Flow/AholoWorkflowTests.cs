using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.TestSupport.Workflow;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>
/// The Aholo plug-in inside the one generation workflow (saga, vendor-call consumers, scheduler, asset custody) on
/// MassTransit's in-memory harness, against the simulator on the real clock with short timings.
/// </summary>
public sealed class AholoWorkflowTests : IAsyncLifetime
{
    readonly VendorWorkflowHarness<AholoVendorWorkflow, AholoSimulator> _workflow = new(
        new AholoVendorModule(),
        AholoSimulator.OnRealClock(upload: TimeSpan.FromMilliseconds(200), step: TimeSpan.FromMilliseconds(100), running: TimeSpan.FromMilliseconds(300)),
        simulator => [.. AholoAdapterHost.Settings(simulator), new("Vendors:Aholo:StatusInterval", "00:00:00.200"), new("Vendors:Aholo:UploadStatusInterval", "00:00:00.200")],
        stubs: [(StubInputHost.Host, new StubInputHost())]);

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    async Task<GenerationCompleted> CompletedAsync(GenerationRequested request) => await _workflow.CompletedAsync(await _workflow.RequestAsync(request));

    [Fact]
    public async Task A_scene_reconstruction_of_twenty_images_completes_with_its_splats_stored()
    {
        var completed = await CompletedAsync(AholoRequests.Scene(20, options: new GenerationOptions { OutputFormats = [AssetFormat.Ply, AssetFormat.Sog] }));

        Assert.Equal([AssetFormat.Ply, AssetFormat.Spz, AssetFormat.Sog], completed.Assets.Select(x => x.Format));
        Assert.All(completed.Assets, x => Assert.Equal(AssetRole.Splat, x.Role));
        var ply = completed.Assets[0];
        Assert.StartsWith("http://gateway.test/v1/assets/", ply.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", ply.Checksum, StringComparison.Ordinal);
        var stored = await _workflow.Assets.OpenAsync(AssetKey.For(completed.GenerationId, ply.Name), CancellationToken.None);
        Assert.NotNull(stored);
        await using (stored.Content)
        {
            using var reader = new StreamReader(stored.Content);
            Assert.Equal("ply", await reader.ReadLineAsync());
        }

        Assert.Equal(20, _workflow.Simulator.Requests("/single/upload").Count);
        Assert.Single(_workflow.Simulator.Requests("/project/create-3d-recon"));
        Assert.True(await _workflow.Harness.Published.Any<GenerationProgressed>(x => x.Context.Message.GenerationId == completed.GenerationId && x.Context.Message.Stage == GenerationStage.Preparing && x.Context.Message.Percent > 0));
    }

    [Fact]
    public async Task A_text_generation_completes_with_ply_and_spz()
    {
        var completed = await CompletedAsync(AholoRequests.Text("a sunlit loft"));

        Assert.Equal([AssetFormat.Ply, AssetFormat.Spz], completed.Assets.Select(x => x.Format));
        Assert.Single(_workflow.Simulator.Requests("/project/create-3d-gen"));
    }

    [Fact]
    public async Task An_image_generation_uploads_its_image_then_completes()
    {
        var completed = await CompletedAsync(AholoRequests.Image("warm light"));

        Assert.Equal(2, completed.Assets.Count);
        Assert.Single(_workflow.Simulator.Requests("/single/upload"));
    }

    [Fact]
    public async Task A_rejected_task_fails_the_generation_as_content_rejected()
    {
        await _workflow.Simulator.InjectAsync(new { kind = "job-status", status = 7 });
        var id = await _workflow.RequestAsync(AholoRequests.Text());

        var failed = Assert.IsType<GenerationFailed>(await _workflow.EndedAsync(id));

        Assert.Equal((FailureReason.ContentRejected, false, "TASK_STATUS_7"), (failed.Reason, failed.Retryable, failed.VendorCode));
    }
}
