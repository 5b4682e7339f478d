using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.ServiceDefaults.FaultInjection;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>
/// One replica's status check pass for <typeparamref name="TVendor"/> on a fake clock, its reports to the workflow queue
/// captured by MassTransit's test harness (no saga consumes them: what the workflow would be told is what was sent).
/// A send filter, when given, sits on every send of the bus (a broker that misbehaves).
/// </summary>
public sealed class StatusCheckRoundHost<TVendor> : IAsyncDisposable
    where TVendor : class, IVendorWorkflow
{
    readonly ServiceProvider _provider;

    public StatusCheckRoundHost(TVendor vendor, IStatusCheckStore store, Action<WorkflowOptions>? configure = null, IFilter<SendContext>? sendFilter = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(vendor);
        services.AddSingleton(new VendorRegistration<TVendor>(ScriptedVendor.Key, WorkflowStorage.Postgres));
        services.AddSingleton(store);
        services.AddSingleton<IFaultInjector>(Faults);
        services.AddSingleton<StatusCheckMetrics>();
        services.AddSingleton<StatusCheckRound<TVendor>>();
        services.AddOptions<WorkflowOptions>(ScriptedVendor.Key).Configure(options =>
        {
            options.InitialCheckDelay = TimeSpan.FromSeconds(30);
            options.MaxCheckDelay = TimeSpan.FromSeconds(30);
            options.StatusCheckLease = TimeSpan.FromMinutes(1);
            configure?.Invoke(options);
        });
        services.AddMassTransitTestHarness(bus => bus.UsingInMemory((context, configurator) =>
        {
            if (sendFilter is not null)
            {
                configurator.ConfigureSend(send => send.UseFilter(sendFilter));
            }

            configurator.ConfigureEndpoints(context);
        }));
        _provider = services.BuildServiceProvider(true);
        Harness = _provider.GetRequiredService<ITestHarness>();
        Round = _provider.GetRequiredService<StatusCheckRound<TVendor>>();
    }

    public FakeTimeProvider Clock { get; } = new(StatusCheckEntries.Start);

    public ScriptedFaults Faults { get; } = new();

    public ITestHarness Harness { get; }

    public StatusCheckRound<TVendor> Round { get; }

    public Task StartAsync() => Harness.Start();

    /// <summary>How many <typeparamref name="T"/> the pass sent to the workflow.</summary>
    public int Sent<T>()
        where T : class =>
        Harness.Sent.Select<T>().Count();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
