using System.Text.Json;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Egress;
using GenerationGateway.TestSupport.Simulators;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.TestSupport.Workflow;

/// <summary>
/// The one generation workflow (saga, vendor-call consumers, scheduler, asset custody) with one vendor's plug-in on
/// MassTransit's test harness: in-memory transport, delayed scheduler, assets in a temporary folder, checks a few tenths
/// of a second apart unless the vendor hints otherwise. Its HTTP goes to the simulator and the stub hosts, which it
/// owns. Waits poll against the test timeout, not the harness's inactivity detection (a loaded machine has quiet moments).
/// </summary>
/// <typeparam name="TVendor">The vendor plug-in, e.g. <c>RodinVendorWorkflow</c>.</typeparam>
/// <typeparam name="TSimulator">The vendor's simulator.</typeparam>
public sealed class VendorWorkflowHarness<TVendor, TSimulator> : IAsyncDisposable
    where TVendor : class, IVendorWorkflow
    where TSimulator : VendorSimulator
{
    readonly string _vendor;
    readonly TemporaryFolder _assets = new("workflow-assets");
    readonly (string Host, HttpMessageHandler Stub)[] _stubs;
    readonly ServiceProvider _provider;

    /// <param name="vendor">The adapter's module (<c>new RodinVendorModule()</c>): its key, services and workflow, as the adapter's own host adds them.</param>
    /// <param name="simulator">The simulator the vendor calls go to.</param>
    /// <param name="settings">The configuration for that simulator, the only one read (<c>AssetStore:*</c> and <c>Workflow:*</c> have test defaults).</param>
    /// <param name="stubs">The stub hosts inputs are fetched from.</param>
    /// <param name="testTimeout">How long a wait may take; 30 s when null.</param>
    /// <param name="inactivityTimeout">How long a quiet bus counts as inactive; MassTransit's default when null.</param>
    public VendorWorkflowHarness(
        IVendorModule vendor,
        TSimulator simulator,
        Func<TSimulator, IEnumerable<KeyValuePair<string, string?>>> settings,
        IEnumerable<(string Host, HttpMessageHandler Stub)>? stubs = null,
        TimeSpan? testTimeout = null,
        TimeSpan? inactivityTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        ArgumentNullException.ThrowIfNull(settings);
        _vendor = vendor.Key;
        _stubs = [.. stubs ?? []];
        Simulator = simulator;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        var configuration = new Dictionary<string, string?>(TestEgress.LoopbackAllowed)
        {
            ["AssetStore:RootPath"] = _assets.Path,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
            ["Workflow:InitialCheckDelay"] = "00:00:00.050",
            ["Workflow:MaxCheckDelay"] = "00:00:00.300",
            ["Workflow:MinCheckDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings(simulator))
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddGenerationWorkflow();
        vendor.AddServices(builder);
        builder.Services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => new RoutingHandler(simulator, _stubs)));
        builder.Services.RouteEgressThrough(() => new RoutingHandler(simulator, _stubs));
        builder.Services.AddMassTransitTestHarness(x =>
        {
            x.SetTestTimeouts(testTimeout ?? TimeSpan.FromSeconds(30), inactivityTimeout);
            x.AddDelayedMessageScheduler();
            vendor.AddWorkflow(x);
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                GenerationTopology.ConfigurePublish(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        _provider = builder.Services.BuildServiceProvider(true);
        Harness = _provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<GenerationWorkflowStateMachine<TVendor>, GenerationWorkflowState<TVendor>>();
    }

    public TSimulator Simulator { get; }

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<GenerationWorkflowStateMachine<TVendor>, GenerationWorkflowState<TVendor>> Saga { get; }

    public IServiceProvider Services => _provider;

    public IAssetStore Assets => _provider.GetRequiredService<IAssetStore>();

    public Task StartAsync() => Harness.Start();

    /// <summary>Publishes <paramref name="request"/>; answers its generation id.</summary>
    public async Task<Guid> RequestAsync(GenerationRequested request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await Harness.Bus.Publish(request);
        return request.GenerationId;
    }

    public Task CancelAsync(Guid generationId, string reason = "user asked") =>
        Harness.Bus.Publish(new CancelGeneration { GenerationId = generationId, Vendor = _vendor, Reason = reason });

    /// <summary>The first <typeparamref name="T"/> published for the generation, once there is one.</summary>
    public Task<T> PublishedAsync<T>(Guid generationId)
        where T : class =>
        UntilAsync(() => Published<T>(generationId).FirstOrDefault(), () => $"No {typeof(T).Name} for {generationId}.", generationId);

    public int PublishedCount<T>(Guid generationId)
        where T : class => Published<T>(generationId).Count();

    /// <summary>The generation's terminal event (completed, failed or cancelled), once it has ended.</summary>
    public Task<object> EndedAsync(Guid generationId) =>
        UntilAsync(
            () => Published<GenerationCompleted>(generationId).FirstOrDefault()
                ?? (object?)Published<GenerationFailed>(generationId).FirstOrDefault()
                ?? Published<GenerationCancelled>(generationId).FirstOrDefault(),
            () => $"Generation {generationId} did not end.",
            generationId);

    /// <summary>Waits for the generation to end; answers its completion, failing the test with how it ended otherwise.</summary>
    public async Task<GenerationCompleted> CompletedAsync(Guid generationId)
    {
        var ended = await EndedAsync(generationId);
        return ended as GenerationCompleted
            ?? throw new Xunit.Sdk.XunitException($"Generation {generationId} did not complete: {JsonSerializer.Serialize(ended)}");
    }

    /// <summary>The vendor job id once the saga holds one (it is in Processing or later).</summary>
    public Task<string> VendorJobIdAsync(Guid generationId) =>
        UntilAsync(() => Saga.Sagas.Contains(generationId)?.VendorJobId, () => $"Generation {generationId} got no vendor job id.", generationId);

    /// <summary>The progress percentages published for the generation, in order.</summary>
    public IReadOnlyList<int> Progress(Guid generationId) => [.. Published<GenerationProgressed>(generationId).Select(x => x.Percent)];

    /// <summary>Where the generation stands, what was published and what the vendor saw, for a failing test's message.</summary>
    public string Describe(Guid generationId) =>
        $"Saga: {Saga.Sagas.Contains(generationId)?.CurrentState ?? "(none)"}; " +
        $"published: {string.Join(", ", Harness.Published.Select(_ => true).Select(x => x.MessageType.Name))}; " +
        $"vendor saw: {string.Join(", ", Simulator.Requests().Select(x => $"{x.Method} {x.Path} {x.ResponseStatus}"))}";

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        Simulator.Dispose();
        foreach (var (_, stub) in _stubs)
        {
            stub.Dispose();
        }

        _assets.Dispose();
    }

    Task<T> UntilAsync<T>(Func<T?> read, Func<string> what, Guid generationId)
        where T : class =>
        Eventually.ValueAsync(read, Harness.TestTimeout, () => $"{what()} {Describe(generationId)}", TimeSpan.FromMilliseconds(20));

    IEnumerable<T> Published<T>(Guid generationId)
        where T : class =>
        Harness.Published.Select<T>(x => GenerationId(x.Context.Message) == generationId).Select(x => x.Context.Message);

    static Guid GenerationId(object message) => (Guid)message.GetType().GetProperty(nameof(GenerationRequested.GenerationId))!.GetValue(message)!;
}
