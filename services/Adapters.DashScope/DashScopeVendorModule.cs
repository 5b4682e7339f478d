using GenerationGateway.Adapters.DashScope.VendorApi;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Adapters.DashScope;

/// <summary>
/// The DashScope vendor as every host composes it: the shared rate limiter of the task API, the typed client, the
/// <c>motionshop-gen3d</c> request rules and the workflow plug-in.
/// </summary>
public sealed class DashScopeVendorModule()
    : VendorModule<DashScopeVendorWorkflow, DashScopeOptions>(DashScopeRequestRules.Key, DashScopeOptions.SectionName, simulatorPath: "dashscope/")
{
    /// <summary>Named before the key was <c>dashscope-gen3d</c>; kept so a running deployment keeps its timers.</summary>
    public override string SchedulerQueue => "dashscope-scheduler";

    protected override IEnumerable<(string Name, string Value)> SimulatorValues(Uri origin) => [("ApiKey", "sim-dashscope-key"), ("StatusInterval", "00:00:01")];

    /// <summary>
    /// The paid submit and the idempotent task API are separate clients: only the task API retries (VendorResilience),
    /// and each of its attempts takes a slot of the shared limit first (the slot handler sits inside the retry).
    /// </summary>
    protected override void AddVendorServices(IHostApplicationBuilder builder)
    {
        builder.AddSharedRateLimiter();
        builder.Services.TryAddTransient<DashScopeTaskSlotHandler>();
        builder.Services.AddVendorApi<IDashScopeApi, DashScopeOptions>(DashScopeJson.ApiSettings, Key);
        builder.Services.AddVendorReadApi<IDashScopeTaskApi, DashScopeOptions>(DashScopeJson.ApiSettings, Key, api => api.AddHttpMessageHandler<DashScopeTaskSlotHandler>());
        builder.Services.TryAddTransient<IDashScopeClient, DashScopeClient>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, DashScopeRequestRules>());
    }
}
