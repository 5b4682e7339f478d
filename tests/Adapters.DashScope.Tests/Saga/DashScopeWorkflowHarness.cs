using GenerationGateway.Adapters.DashScope.Tests.Simulator;
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

namespace GenerationGateway.Adapters.DashScope.Tests.Saga;

/// <summary>
/// The generation workflow with the real DashScope plug-in on MassTransit's test harness (in-memory transport, delayed
/// scheduler), every HttpClient sent to a simulator on real time: tasks are PENDING 0.3 s, then RUNNING 0.6 s.
/// </summary>
public sealed class DashScopeWorkflowHarness : IAsyncDisposable
{
    readonly ServiceProvider _provider;
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "dashscope-saga-" + Guid.NewGuid().ToString("N"));

    public DashScopeWorkflowHarness()
    {
        Simulator = new DashScopeSimulator(
            new Dictionary<string, string?>
            {
                ["VendorSim:DashScope:PendingDuration"] = "00:00:00.300",
                ["VendorSim:DashScope:RunningDuration"] = "00:00:00.600",
            },
            liveClock: true);

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflow:InitialCheckDelay"] = "00:00:00.050",
            ["Workflow:MaxCheckDelay"] = "00:00:00.200",
            ["Workflow:MinCheckDelay"] = "00:00:00.010",
            ["AssetStore:RootPath"] = _assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
            ["Vendors:DashScope:BaseUrl"] = Simulator.BaseUrl.AbsoluteUri,
            ["Vendors:DashScope:ApiKey"] = DashScopeSimulator.ApiKey,
            ["Vendors:DashScope:StatusInterval"] = "00:00:00.100",
            ["Vendors:DashScope:RateLimitBucket"] = "saga-" + Guid.NewGuid().ToString("N"),
        });
        builder.AddGenerationWorkflow();
        builder.AddDashScopeVendor();
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(Simulator.CreateHandler));
        builder.Services.AddMassTransitTestHarness(x =>
        {
            // Quiet spells are real here (the vendor takes its time), so inactivity means a few seconds of nothing.
            x.SetTestTimeouts(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(3));
            x.AddDelayedMessageScheduler();
            x.AddVendorWorkflow<DashScopeVendorWorkflow>(VendorKeys.DashScopeGen3d);
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                GenerationTopology.ConfigurePublish(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        _provider = builder.Services.BuildServiceProvider(true);
        Harness = _provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<GenerationWorkflowStateMachine<DashScopeVendorWorkflow>, GenerationWorkflowState<DashScopeVendorWorkflow>>();
    }

    public DashScopeSimulator Simulator { get; }

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<GenerationWorkflowStateMachine<DashScopeVendorWorkflow>, GenerationWorkflowState<DashScopeVendorWorkflow>> Saga { get; }

    public IAssetStore Assets => _provider.GetRequiredService<IAssetStore>();

    /// <summary>Starts the simulator first: a bus left waiting for it would count as inactive.</summary>
    public async Task StartAsync()
    {
        await Simulator.ResetAsync();
        await Harness.Start();
    }

    public async Task<Guid> RequestAsync(string photoUrl = "https://images.test/person.jpg")
    {
        var generationId = Guid.NewGuid();
        await Harness.Bus.Publish(new GenerationRequested
        {
            GenerationId = generationId,
            TenantId = "tenant-a",
            Vendor = VendorKeys.DashScopeGen3d,
            Kind = TaskKind.CharacterFromPhoto,
            Inputs = new GenerationInputs { Images = [new InputImage { Url = photoUrl }] },
            Options = new GenerationOptions(),
        });
        return generationId;
    }

    public Task CancelAsync(Guid generationId) =>
        Harness.Bus.Publish(new CancelGeneration { GenerationId = generationId, Vendor = VendorKeys.DashScopeGen3d, Reason = "user asked" });

    /// <summary>The vendor job id once the saga holds one (it is in Processing or later).</summary>
    public async Task<string> VendorJobIdAsync(Guid generationId)
    {
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Saga.Sagas.Contains(generationId)?.VendorJobId is { } id)
            {
                return id;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Generation {generationId} got no vendor job id.");
    }

    /// <summary>Polls the simulator (not through the adapter) until the task reports <paramref name="status"/>.</summary>
    public async Task UntilTaskIsAsync(string taskId, string status)
    {
        var client = Simulator.CreateClient();
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        string last;
        do
        {
            last = (await client.GetTaskAsync(taskId, CancellationToken.None)).Status;
            if (last == status)
            {
                return;
            }

            // Polled gently: the simulator throttles the key at 20 calls/s, which the adapter uses too.
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Task {taskId} did not become {status}; it is {last}.");
    }

    public async Task<T> PublishedAsync<T>(Guid generationId)
        where T : class
    {
        // Polled against the test timeout, not the harness's inactivity detection: on a loaded machine a quiet
        // moment (a timer pending) must not end the wait.
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (!Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).Any())
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {typeof(T).Name} for {generationId}. {Describe(generationId)}");
            await Task.Delay(20);
        }

        return Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).First().Context.Message;
    }

    public int PublishedCount<T>(Guid generationId)
        where T : class =>
        Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).Count();

    /// <summary>Where the generation stands and what the vendor saw, for a failing test's message.</summary>
    public string Describe(Guid generationId) =>
        $"Saga: {Saga.Sagas.Contains(generationId)?.CurrentState ?? "(none)"}; published: {string.Join(", ", Harness.Published.Select(_ => true).Select(x => x.MessageType.Name))}; " +
        $"vendor saw: {string.Join(", ", Simulator.Requests().Select(x => $"{x.Method} {x.Path} {x.ResponseStatus}"))}";

    static Guid Id(object message) => (Guid)message.GetType().GetProperty("GenerationId")!.GetValue(message)!;

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        Simulator.Dispose();
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }
}
