using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.Adapters.Portrait;

/// <summary>The Portrait vendor as every host composes it: key, settings, services, workflow and endpoints.</summary>
public sealed class PortraitVendorModule : VendorModule<PortraitVendorWorkflow>
{
    public override string Key => PortraitRequestRules.Key;

    public override string SettingsSection => PortraitOptions.SectionName;

    /// <summary>The style catalogue and the vendor's callbacks (see <see cref="PortraitVendorHostingExtensions.MapPortraitEndpoints"/>).</summary>
    public override void MapEndpoints(WebApplication app) => app.MapPortraitEndpoints();

    public override void AddServices(IHostApplicationBuilder builder) => builder.AddPortraitVendor();
}
