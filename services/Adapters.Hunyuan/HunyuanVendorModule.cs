using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>The Hunyuan vendor as every host composes it: key, settings, services, workflow.</summary>
public sealed class HunyuanVendorModule : VendorModule<HunyuanVendorWorkflow>
{
    public override string Key => HunyuanRequestRules.Key;

    public override string SettingsSection => HunyuanOptions.SectionName;

    public override void AddServices(IHostApplicationBuilder builder) => builder.AddHunyuanVendor();

    /// <summary>Hunyuan 3D Pro runs 3 jobs at once per Tencent account and takes 20 submits/s (docs/vendors/hunyuan.md §8).</summary>
    protected override void ConfigureDefaults(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaxConcurrentJobs = 3;
        options.SubmitsPerSecond = 20;
    }
}
