using GenerationGateway.Adapters.Aholo.Tests.Rules;
using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>
/// The Aholo plug-in inside the one generation workflow (saga, vendor-call consumers, scheduler, asset custody) on
/// MassTransit's in-memory harness, against the simulator on the real clock with short timings.
/// </summary>
public sealed class AholoWorkflowTests : IAsyncLifetime
{
    readonly AholoSimulator _simulator = AholoSimulator.With(new Dictionary<string, string?>
    {
        ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:00.200",
        ["VendorSim:Aholo:QueuedDuration"] = "00:00:00.100",
        ["VendorSim:Aholo:PreprocessingDuration"] = "00:00:00.100",
        ["VendorSim:Aholo:WaitingDuration"] = "00:00:00.100",
        ["VendorSim:Aholo:RunningDuration"] = "00:00:00.300",
    }, useSystemClock: true);

    readonly StubInputHost _inputs = new();
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "aholo-workflow-" + Guid.NewGuid().ToString("N"));
    ServiceProvider _provider = null!;
    ITestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        var settings = AholoAdapterHost.Settings(_simulator);
        settings["Vendors:Aholo:StatusInterval"] = "00:00:00.200";
        settings["Vendors:Aholo:UploadStatusInterval"] = "00:00:00.200";
        settings["Workflow:InitialCheckDelay"] = "00:00:00.100";
        settings["Workflow:MaxCheckDelay"] = "00:00:00.300";
        settings["Workflow:MinCheckDelay"] = "00:00:00.050";
        settings["AssetStore:RootPath"] = _assetRoot;
        settings["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/";

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGenerationWorkflow();
        builder.AddAholoVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => AholoAdapterHost.Handler(_simulator, _inputs)));
        builder.Services.AddMassTransitTestHarness(x =>
        {
            x.AddDelayedMessageScheduler();
            x.AddVendorWorkflow<AholoVendorWorkflow>(VendorKeys.Aholo);
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                GenerationTopology.ConfigurePublish(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        _provider = builder.Services.BuildServiceProvider(true);
        _harness = _provider.GetRequiredService<ITestHarness>();
        _harness.TestTimeout = TimeSpan.FromSeconds(30);
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _provider.DisposeAsync();
        _simulator.Dispose();
        _inputs.Dispose();
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }

    async Task<GenerationCompleted> CompletedAsync(GenerationRequested request)
    {
        await _harness.Bus.Publish(request);
        var id = request.GenerationId;
        var failed = _harness.Published.Select<GenerationFailed>(x => x.Context.Message.GenerationId == id).FirstOrDefault()?.Context.Message;
        Assert.True(await _harness.Published.Any<GenerationCompleted>(x => x.Context.Message.GenerationId == id),
            $"Generation {id} did not complete: {failed?.Reason} {failed?.VendorMessage}");
        return _harness.Published.Select<GenerationCompleted>(x => x.Context.Message.GenerationId == id).First().Context.Message;
    }

    [Fact]
    public async Task A_scene_reconstruction_of_twenty_images_completes_with_its_splats_stored()
    {
        var completed = await CompletedAsync(AholoRequests.Scene(20, options: new GenerationOptions { OutputFormats = [AssetFormat.Ply, AssetFormat.Sog] }));

        Assert.Equal([AssetFormat.Ply, AssetFormat.Spz, AssetFormat.Sog], completed.Assets.Select(x => x.Format));
        Assert.All(completed.Assets, x => Assert.Equal(AssetRole.Splat, x.Role));
        var ply = completed.Assets[0];
        Assert.StartsWith("http://gateway.test/v1/assets/", ply.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", ply.Checksum, StringComparison.Ordinal);
        var stored = await _provider.GetRequiredService<IAssetStore>().OpenAsync(AssetKey.For(completed.GenerationId, ply.Name), CancellationToken.None);
        Assert.NotNull(stored);
        await using (stored.Content)
        {
            using var reader = new StreamReader(stored.Content);
            Assert.Equal("ply", await reader.ReadLineAsync());
        }

        Assert.Equal(20, _simulator.Requests("/single/upload").Count);
        Assert.Single(_simulator.Requests("/project/create-3d-recon"));
        Assert.True(await _harness.Published.Any<GenerationProgressed>(x => x.Context.Message.GenerationId == completed.GenerationId && x.Context.Message.Stage == GenerationStage.Preparing && x.Context.Message.Percent > 0));
    }

    [Fact]
    public async Task A_text_generation_completes_with_ply_and_spz()
    {
        var completed = await CompletedAsync(AholoRequests.Text("a sunlit loft"));

        Assert.Equal([AssetFormat.Ply, AssetFormat.Spz], completed.Assets.Select(x => x.Format));
        Assert.Single(_simulator.Requests("/project/create-3d-gen"));
    }

    [Fact]
    public async Task An_image_generation_uploads_its_image_then_completes()
    {
        var completed = await CompletedAsync(AholoRequests.Image("warm light"));

        Assert.Equal(2, completed.Assets.Count);
        Assert.Single(_simulator.Requests("/single/upload"));
    }

    [Fact]
    public async Task A_rejected_task_fails_the_generation_as_content_rejected()
    {
        await _simulator.InjectAsync(new { kind = "job-status", status = 7 });
        var request = AholoRequests.Text();

        await _harness.Bus.Publish(request);

        Assert.True(await _harness.Published.Any<GenerationFailed>(x => x.Context.Message.GenerationId == request.GenerationId));
        var failed = _harness.Published.Select<GenerationFailed>(x => x.Context.Message.GenerationId == request.GenerationId).First().Context.Message;
        Assert.Equal((FailureReason.ContentRejected, false, "TASK_STATUS_7"), (failed.Reason, failed.Retryable, failed.VendorCode));
    }
}
