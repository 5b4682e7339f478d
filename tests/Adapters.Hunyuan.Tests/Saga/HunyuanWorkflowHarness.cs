using GenerationGateway.Adapters.Hunyuan.Tests.Support;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.VendorRules;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Hunyuan.Tests.Saga;

/// <summary>
/// The real generation workflow with the Hunyuan plug-in on MassTransit's test harness, talking to the SeaArt
/// simulator on the real clock (tasks take about 0.4 s) and to the stub image host.
/// </summary>
public sealed class HunyuanWorkflowHarness : IAsyncDisposable
{
    readonly ServiceProvider _provider;
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "hunyuan-saga-" + Guid.NewGuid().ToString("N"));

    public HunyuanWorkflowHarness()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(HunyuanAdapterHost.Settings(Simulator))
        {
            ["Vendors:Hunyuan:StatusInterval"] = "00:00:01",
            ["Workflow:InitialCheckDelay"] = "00:00:00.050",
            ["Workflow:MaxCheckDelay"] = "00:00:00.500",
            ["Workflow:MinCheckDelay"] = "00:00:00.010",
            ["Workflow:MaxSubmitDeferrals"] = "3",
            ["AssetStore:RootPath"] = _assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
        });
        builder.AddGenerationWorkflow();
        builder.AddHunyuanVendor();
        builder.Services.ConfigureHttpClientDefaults(http =>
            http.ConfigurePrimaryHttpMessageHandler(() => new HunyuanAdapterHost.SplitHandler(Simulator.CreateHandler(), Images)));
        builder.Services.AddMassTransitTestHarness(x =>
        {
            x.AddDelayedMessageScheduler();
            x.AddVendorWorkflow<HunyuanVendorWorkflow>(VendorKeys.Hunyuan3dPro);
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                GenerationTopology.ConfigurePublish(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        _provider = builder.Services.BuildServiceProvider(true);
        Harness = _provider.GetRequiredService<ITestHarness>();
        Harness.TestTimeout = TimeSpan.FromSeconds(30);
    }

    public SeaArtSimulator Simulator { get; } = SeaArtSimulator.OnRealClock();

    public StubImageHost Images { get; } = new();

    public ITestHarness Harness { get; }

    public Task StartAsync() => Harness.Start();

    public async Task<Guid> RequestAsync(GenerationRequested request)
    {
        await Harness.Bus.Publish(request);
        return request.GenerationId;
    }

    public async Task<T> PublishedAsync<T>(Guid generationId)
        where T : class
    {
        // Polled against the test timeout, not the harness's inactivity detection (a loaded machine has quiet moments).
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (!Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).Any())
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {typeof(T).Name} for {generationId}.");
            await Task.Delay(20);
        }

        return Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).First().Context.Message;
    }

    /// <summary>The generation's terminal event: completed, failed or cancelled.</summary>
    public async Task<object> EndedAsync(Guid generationId)
    {
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Terminal(generationId) is { } ended)
            {
                return ended;
            }

            await Harness.Published.Any<GenerationProgressed>(x => x.Context.Message.GenerationId == generationId && Terminal(generationId) is not null);
        }

        throw new TimeoutException($"Generation {generationId} did not end.");
    }

    public IReadOnlyList<int> Progress(Guid generationId) =>
        [.. Harness.Published.Select<GenerationProgressed>(x => x.Context.Message.GenerationId == generationId).Select(x => x.Context.Message.Percent)];

    object? Terminal(Guid generationId) =>
        Harness.Published.Select<GenerationCompleted>(x => x.Context.Message.GenerationId == generationId).FirstOrDefault()?.Context.Message
        ?? (object?)Harness.Published.Select<GenerationFailed>(x => x.Context.Message.GenerationId == generationId).FirstOrDefault()?.Context.Message
        ?? Harness.Published.Select<GenerationCancelled>(x => x.Context.Message.GenerationId == generationId).FirstOrDefault()?.Context.Message;

    static Guid Id(object message) => (Guid)message.GetType().GetProperty("GenerationId")!.GetValue(message)!;

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        Simulator.Dispose();
        Images.Dispose();
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }
}
