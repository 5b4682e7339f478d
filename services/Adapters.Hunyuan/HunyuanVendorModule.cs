using GenerationGateway.Adapters.Hunyuan.VendorApi;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>The Hunyuan vendor (on SeaArt) as every host composes it: its typed client, the image check, its request rules and its workflow.</summary>
public sealed class HunyuanVendorModule()
    : VendorModule<HunyuanVendorWorkflow, HunyuanOptions>(HunyuanRequestRules.Key, HunyuanOptions.SectionName, simulatorPath: "seaart/model/")
{
    protected override IEnumerable<(string Name, string Value)> SimulatorValues(Uri origin) => [("ApiKey", "sim-seaart-key"), ("StatusInterval", "00:00:01")];

    /// <summary>Hunyuan 3D Pro runs 3 jobs at once per Tencent account and takes 20 submits/s (docs/vendors/hunyuan.md §8).</summary>
    protected override void ConfigureDefaults(WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaxConcurrentJobs = 3;
        options.SubmitsPerSecond = 20;
    }

    /// <summary>The paid create and the idempotent task query are separate clients: only the query retries.</summary>
    protected override void AddVendorServices(IHostApplicationBuilder builder)
    {
        AddApis<ISeaArtApi, ISeaArtTaskApi>(builder.Services, SeaArtJson.ApiSettings);
        builder.Services.TryAddTransient<IHunyuanClient, HunyuanClient>();
        builder.Services.TryAddTransient<HunyuanImageCheck>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, HunyuanRequestRules>());
    }
}
