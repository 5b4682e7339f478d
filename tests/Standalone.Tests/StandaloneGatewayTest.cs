namespace GenerationGateway.Standalone.Tests;

/// <summary>A test class whose every test gets a standalone gateway of its own and a client of its public API.</summary>
public abstract class StandaloneGatewayTest : IAsyncLifetime
{
    protected StandaloneHost Host { get; } = new();

    protected GatewayApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Host.StartAsync();
        Api = await GatewayApi.ForNewTenantAsync(Host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        await Host.DisposeAsync();
    }
}
