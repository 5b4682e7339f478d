using GenerationGateway.Adapters.Portrait.Tests.Infrastructure;
using GenerationGateway.TestSupport.Adapters;
using GenerationGateway.TestSupport.Workflow;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Portrait.Tests.Workflow;

/// <summary>
/// A test class running whole generations through the adapter's own host against the simulator in real time: a
/// simulator and photo host of the test's own, the adapter (with the test's setting overrides), and the outcomes it publishes.
/// </summary>
public abstract class PortraitFlowTest : IAsyncLifetime
{
    protected PortraitFlowTest(IDictionary<string, string?>? settings = null)
    {
        Adapter = PortraitAdapter.Create(Simulator, Photos, settings);
    }

    protected PortraitSimulator Simulator { get; } = new(realTime: true);

    protected StubPhotoHost Photos { get; } = new();

    protected AdapterFactory<PortraitVendorWorkflow> Adapter { get; }

    protected GenerationOutcomes Outcomes { get; private set; } = null!;

    protected IBus Bus => Adapter.Services.GetRequiredService<IBus>();

    public async Task InitializeAsync()
    {
        Adapter.Start();
        Outcomes = await GenerationOutcomes.ListenAsync(Bus, "portrait");
    }

    public async Task DisposeAsync()
    {
        await Adapter.DisposeAsync();
        Simulator.Dispose();
        Photos.Dispose();
    }
}
