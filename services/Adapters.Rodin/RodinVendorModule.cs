using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>The Rodin vendor as every host composes it: its typed client, its request rules and its workflow.</summary>
public sealed class RodinVendorModule()
    : VendorModule<RodinVendorWorkflow, RodinOptions>(RodinRequestRules.Key, RodinOptions.SectionName, simulatorPath: "rodin/api/v2/")
{
    protected override IEnumerable<(string Name, string Value)> SimulatorValues(Uri origin) => [("ApiKey", "sim-rodin-key")];

    /// <summary>The paid generate and the idempotent reads are separate clients: only the reads retry.</summary>
    protected override void AddVendorServices(IHostApplicationBuilder builder)
    {
        AddApis<IRodinApi, IRodinReadApi>(builder.Services, RodinJson.ApiSettings);
        builder.Services.TryAddTransient<IRodinClient, RodinClient>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, RodinRequestRules>());
    }
}
