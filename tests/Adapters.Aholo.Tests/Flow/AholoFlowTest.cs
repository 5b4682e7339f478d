using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>
/// A test class driving the Aholo plug-in round by round: the class's simulator (reset before each test), input files
/// of the test's own, and the adapter's registrations on a plain host.
/// </summary>
public abstract class AholoFlowTest : IAsyncLifetime
{
    protected AholoFlowTest(AholoSimulator simulator)
    {
        Simulator = simulator;
        Host = AholoAdapterHost.Build(simulator, Inputs);
        Flow = new AholoFlow(simulator, Host);
    }

    protected AholoSimulator Simulator { get; }

    protected StubInputHost Inputs { get; } = new();

    protected IHost Host { get; }

    protected AholoFlow Flow { get; }

    public async Task InitializeAsync()
    {
        await Simulator.ResetAsync();
        Simulator.ClearRequests();
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        Inputs.Dispose();
        return Task.CompletedTask;
    }
}
