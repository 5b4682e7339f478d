namespace GenerationGateway.EndToEnd.Tests;

/// <summary>A deployment with the Hunyuan 3D Pro, DashScope and Aholo adapters, each its own process and database.</summary>
public sealed class VendorFlowFixture : DeploymentFixture
{
    protected override IReadOnlyList<VendorDeployment> Vendors { get; } =
        [new HunyuanDeployment(), new DashScopeDeployment(), new AholoDeployment()];
}
