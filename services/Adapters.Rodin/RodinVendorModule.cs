using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>The Rodin vendor as every host composes it: key, settings, services, workflow.</summary>
public sealed class RodinVendorModule : VendorModule<RodinVendorWorkflow>
{
    public override string Key => RodinRequestRules.Key;

    public override string SettingsSection => RodinOptions.SectionName;

    public override void AddServices(IHostApplicationBuilder builder) => builder.AddRodinVendor();
}
