using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>A vendor module whose workflow plug-in is <typeparamref name="TWorkflow"/>, registered under the module's key.</summary>
public abstract class VendorModule<TWorkflow> : IVendorModule
    where TWorkflow : class, IVendorWorkflow
{
    public abstract string Key { get; }

    public abstract string SettingsSection { get; }

    public virtual string SchedulerQueue => $"{Key}-scheduler";

    public abstract void AddServices(IHostApplicationBuilder builder);

    public void AddWorkflow(IBusRegistrationConfigurator configurator, WorkflowStorage storage) =>
        configurator.AddVendorWorkflow<TWorkflow>(Key, storage, ConfigureDefaults);

    /// <summary>The vendor's own defaults of its workflow settings (its documented capacity), under the configured values.</summary>
    protected virtual void ConfigureDefaults(WorkflowOptions options)
    {
    }

    public virtual void MapEndpoints(WebApplication app)
    {
    }
}
