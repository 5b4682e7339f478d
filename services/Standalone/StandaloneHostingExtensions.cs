using GenerationGateway.Adapters.Rodin;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Intake.Api;
using GenerationGateway.Results.Api;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorSim;

namespace GenerationGateway.Standalone;

public static class StandaloneHostingExtensions
{
    /// <summary>Composes intake, results, every vendor adapter and the simulators in this one process.</summary>
    public static IHostApplicationBuilder AddStandalone(this IHostApplicationBuilder builder)
    {
        builder.AddIntake();
        builder.AddResults();
        builder.AddGenerationWorkflow();
        builder.AddRodinVendor();
        builder.AddVendorSimulators();
        builder.AddWorkflowMessaging("scheduler", x =>
        {
            x.AddResultsConsumers();
            x.AddVendorWorkflow<RodinVendorWorkflow>(VendorKeys.Rodin);
        });
        return builder;
    }

    public static WebApplication MapStandaloneEndpoints(this WebApplication app)
    {
        app.MapIntakeEndpoints();
        app.MapResultsEndpoints();
        app.MapVendorSimulators();
        return app;
    }
}
