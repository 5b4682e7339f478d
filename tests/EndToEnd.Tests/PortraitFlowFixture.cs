namespace GenerationGateway.EndToEnd.Tests;

/// <summary>A deployment with the portrait adapter, its callbacks reachable by the simulator and its trained models in PostgreSQL.</summary>
public sealed class PortraitFlowFixture : DeploymentFixture
{
    protected override IReadOnlyList<VendorDeployment> Vendors { get; } = [new PortraitDeployment()];
}
