using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>The Hunyuan vendor as every host composes it: key, settings, services, workflow.</summary>
public sealed class HunyuanVendorModule : VendorModule<HunyuanVendorWorkflow>
{
    public override string Key => HunyuanRequestRules.Key;

    public override string SettingsSection => HunyuanOptions.SectionName;

    public override void AddServices(IHostApplicationBuilder builder) => builder.AddHunyuanVendor();
}
