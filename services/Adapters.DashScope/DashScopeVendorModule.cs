using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.DashScope;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>The DashScope vendor as every host composes it: key, settings, services, workflow.</summary>
public sealed class DashScopeVendorModule : VendorModule<DashScopeVendorWorkflow>
{
    public override string Key => DashScopeRequestRules.Key;

    public override string SettingsSection => DashScopeOptions.SectionName;

    /// <summary>Named before the key was <c>dashscope-gen3d</c>; kept so a running deployment keeps its timers.</summary>
    public override string SchedulerQueue => "dashscope-scheduler";

    public override void AddServices(IHostApplicationBuilder builder) => builder.AddDashScopeVendor();
}
