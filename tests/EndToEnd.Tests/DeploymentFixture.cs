namespace GenerationGateway.EndToEnd.Tests;

/// <summary>One deployment shared by every test of a class (a class fixture): started once, before the class's first test.</summary>
public abstract class DeploymentFixture : IAsyncLifetime
{
    GatewayDeployment? _gateway;

    public GatewayDeployment Gateway => _gateway ?? throw new InvalidOperationException("The deployment has not started.");

    /// <summary>The vendors whose adapters the deployment runs, each as its own process.</summary>
    protected abstract IReadOnlyList<VendorDeployment> Vendors { get; }

    public async Task InitializeAsync() => _gateway = await GatewayDeployment.StartAsync(Vendors);

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }
}
