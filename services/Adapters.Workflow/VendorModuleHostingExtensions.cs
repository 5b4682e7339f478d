using GenerationGateway.Adapters.Workflow.Vendors;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Workflow;

public static class VendorModuleHostingExtensions
{
    /// <summary>An adapter process: the generation workflow, the vendor's services and its workflow on the bus.</summary>
    public static IHostApplicationBuilder AddVendorAdapter(this IHostApplicationBuilder builder, IVendorModule module)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(module);
        builder.AddGenerationWorkflow();
        module.AddServices(builder);
        builder.AddWorkflowMessaging(module.SchedulerQueue, module.AddWorkflow);
        return builder;
    }

    /// <summary>Maps the vendor's own endpoints (<see cref="IVendorModule.MapEndpoints"/>).</summary>
    public static WebApplication MapVendorAdapter(this WebApplication app, IVendorModule module)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(module);
        module.MapEndpoints(app);
        return app;
    }
}
