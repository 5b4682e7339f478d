using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>The Aholo vendor as every host composes it: key, settings, services, workflow.</summary>
public sealed class AholoVendorModule : VendorModule<AholoVendorWorkflow>
{
    public override string Key => AholoRequestRules.Key;

    public override string SettingsSection => AholoOptions.SectionName;

    public override void AddServices(IHostApplicationBuilder builder) => builder.AddAholoVendor();
}
