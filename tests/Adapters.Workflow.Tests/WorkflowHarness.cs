using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.FaultInjection;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>The workflow of <see cref="ScriptedVendor"/> on MassTransit's test harness (in-memory transport, delayed scheduler).</summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    readonly ServiceProvider _provider;
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), "workflow-tests-" + Guid.NewGuid().ToString("N"));

    /// <param name="settings">Configuration over the harness's defaults.</param>
    /// <param name="workflowDatabase">
    /// A PostgreSQL connection string: the saga then lives in that database behind the transactional outbox, as on RabbitMQ.
    /// </param>
    /// <param name="clock">The workflow's clock (a fake one to move time by hand); the system clock when null.</param>
    public WorkflowHarness(IDictionary<string, string?>? settings = null, string? workflowDatabase = null, TimeProvider? clock = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Workflow:InitialCheckDelay"] = "00:00:00.050",
            ["Workflow:MaxCheckDelay"] = "00:00:00.200",
            ["Workflow:MinCheckDelay"] = "00:00:00.010",
            ["Workflow:MaxSubmitDeferrals"] = "2",
            ["Workflow:MaxConsecutiveCheckFailures"] = "1",
            ["Workflow:StatusCheckIdlePoll"] = "00:00:00.020",
            ["AssetStore:RootPath"] = _assetRoot,
            ["AssetStore:PublicBaseUrl"] = "http://gateway.test/v1/assets/",
        };
        foreach (var setting in settings ?? new Dictionary<string, string?>())
        {
            configuration[setting.Key] = setting.Value;
        }

        if (workflowDatabase is not null)
        {
            configuration[$"ConnectionStrings:{WorkflowMessagingHostingExtensions.ConnectionStringName}"] = workflowDatabase;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(Vendor);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddSingleton<IFaultInjector>(Faults);
        builder.AddGenerationWorkflow();
        builder.Services.AddHttpClient(EgressFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Files);
        builder.Services.AddMassTransitTestHarness(x =>
        {
            x.AddDelayedMessageScheduler();
            x.AddVendorWorkflow<ScriptedVendor>(ScriptedVendor.Key, workflowDatabase is null ? WorkflowStorage.InMemory : WorkflowStorage.Postgres);
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                cfg.UseGenerationLogScope(context);
                GenerationTopology.ConfigurePublish(cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        _provider = builder.Services.BuildServiceProvider(true);
        Harness = _provider.GetRequiredService<ITestHarness>();
        Harness.TestTimeout = TimeSpan.FromSeconds(60);
        Saga = Harness.GetSagaStateMachineHarness<GenerationWorkflowStateMachine<ScriptedVendor>, GenerationWorkflowState<ScriptedVendor>>();
    }

    public ScriptedVendor Vendor { get; } = new();

    /// <summary>The faults the test injects (registered as the host's <see cref="IFaultInjector"/>).</summary>
    public ScriptedFaults Faults { get; } = new();

    public AssetServer Files { get; } = new();

    /// <summary>Every log line the workflow wrote, with its scopes.</summary>
    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<GenerationWorkflowStateMachine<ScriptedVendor>, GenerationWorkflowState<ScriptedVendor>> Saga { get; }

    public GenerationWorkflowStateMachine<ScriptedVendor> Machine => Saga.StateMachine;

    public IAssetStore Assets => _provider.GetRequiredService<IAssetStore>();

    public Task StartAsync() => Harness.Start();

    public static GenerationRequested Request(Guid generationId, DateTimeOffset? deadline = null) => new()
    {
        GenerationId = generationId,
        TenantId = "tenant-a",
        Vendor = ScriptedVendor.Key,
        Kind = TaskKind.TextTo3d,
        Inputs = new GenerationInputs { Prompt = "a red chair" },
        Options = new GenerationOptions(),
        Deadline = deadline,
    };

    public async Task<Guid> RequestAsync(DateTimeOffset? deadline = null)
    {
        var generationId = Guid.NewGuid();
        await Harness.Bus.Publish(Request(generationId, deadline));
        return generationId;
    }

    /// <summary>Sends a message to the saga's queue, as the vendor-call consumers reply.</summary>
    public async Task SendToWorkflowAsync<T>(T message)
        where T : class
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{ScriptedVendor.Key}-workflow"));
        await endpoint.Send(message);
    }

    /// <summary>Waits until the saga of <paramref name="generationId"/> is in <paramref name="state"/>.</summary>
    public async Task InStateAsync(Guid generationId, Func<GenerationWorkflowStateMachine<ScriptedVendor>, MassTransit.State> state)
    {
        var found = await Saga.Exists(generationId, state, Harness.TestTimeout);
        Assert.True(found.HasValue, $"Generation {generationId} did not reach state {state(Machine).Name}; it is {CurrentState(generationId)}.");
    }

    public string CurrentState(Guid generationId) =>
        Saga.Sagas.Contains(generationId)?.CurrentState ?? "(no saga)";

    public async Task<T> PublishedAsync<T>(Guid generationId)
        where T : class
    {
        // Polled against the test timeout, not the harness's inactivity detection: on a loaded machine a quiet
        // moment (a timer pending) must not end the wait.
        await EventuallyAsync(() => Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).Any(),
            () => $"No {typeof(T).Name} for {generationId}; saga is {CurrentState(generationId)}.");
        return Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).First().Context.Message;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails the test after the harness test timeout.</summary>
    public async Task EventuallyAsync(Func<bool> condition, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + Harness.TestTimeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure());
            await Task.Delay(20);
        }
    }

    public int PublishedCount<T>(Guid generationId)
        where T : class =>
        Harness.Published.Select<T>(x => Id(x.Context.Message) == generationId).Count();

    public async Task<int> SentCountAsync<T>(Guid generationId)
        where T : class
    {
        await Harness.InactivityTask;
        return Harness.Sent.Select<T>(x => Id(x.Context.Message) == generationId).Count();
    }

    static Guid Id(object message) => (Guid)message.GetType().GetProperty("GenerationId")!.GetValue(message)!;

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }
}
