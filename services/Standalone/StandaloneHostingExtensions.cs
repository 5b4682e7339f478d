using GenerationGateway.Adapters.Aholo;
using GenerationGateway.Adapters.DashScope;
using GenerationGateway.Adapters.Hunyuan;
using GenerationGateway.Adapters.Portrait;
using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Identity;
using GenerationGateway.Intake.Api;
using GenerationGateway.Results.Api;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorSim;

namespace GenerationGateway.Standalone;

public static class StandaloneHostingExtensions
{
    /// <summary>
    /// Composes intake, results, every vendor adapter and the simulators in this one process. Each
    /// <c>AddXxxVendor</c> also registers its vendor's request rules, so intake validates all five vendors.
    /// </summary>
    public static IHostApplicationBuilder AddStandalone(this IHostApplicationBuilder builder)
    {
        builder.AddGatewayIdentity();
        builder.AddIntake();
        builder.AddResults();
        builder.AddGenerationWorkflow();
        builder.AddAholoVendor();
        builder.AddDashScopeVendor();
        builder.AddHunyuanVendor();
        builder.AddPortraitVendor();
        builder.AddRodinVendor();
        builder.AddVendorSimulators();
        builder.AddWorkflowMessaging("scheduler", x =>
        {
            x.AddIntakeConsumers();
            x.AddResultsConsumers();
            x.AddVendorWorkflow<AholoVendorWorkflow>(VendorKeys.Aholo);
            x.AddVendorWorkflow<DashScopeVendorWorkflow>(VendorKeys.DashScopeGen3d);
            x.AddVendorWorkflow<HunyuanVendorWorkflow>(VendorKeys.Hunyuan3dPro);
            x.AddVendorWorkflow<PortraitVendorWorkflow>(VendorKeys.Portrait);
            x.AddVendorWorkflow<RodinVendorWorkflow>(VendorKeys.Rodin);
        });
        return builder;
    }

    public static WebApplication MapStandaloneEndpoints(this WebApplication app)
    {
        app.MapIntakeEndpoints();
        app.MapAdminApiKeys();
        app.MapResultsEndpoints();
        app.MapPortraitEndpoints();
        app.MapVendorSimulators();
        return app;
    }
}
