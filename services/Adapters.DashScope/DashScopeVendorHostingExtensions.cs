using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.DashScope.VendorApi;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.DashScope;

public static class DashScopeVendorHostingExtensions
{
    /// <summary>
    /// Registers DashScope's options (validated at start), the shared rate limiter of the task API, the typed client,
    /// the <c>motionshop-gen3d</c> request rules and the workflow plug-in.
    /// </summary>
    public static IHostApplicationBuilder AddDashScopeVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<DashScopeOptions>()
            .BindConfiguration(DashScopeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddSharedRateLimiter();

        // The paid submit and the idempotent task API are separate clients: only the task API retries (VendorResilience),
        // and each of its attempts takes a slot of the shared limit first (the slot handler sits inside the retry).
        services.TryAddTransient<DashScopeTaskSlotHandler>();
        services.AddRefitGeneratedClient<IDashScopeApi>(DashScopeJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorMetrics(DashScopeRequestRules.Key);
        services.AddRefitGeneratedClient<IDashScopeTaskApi>(DashScopeJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorReadResilience()
            .AddHttpMessageHandler<DashScopeTaskSlotHandler>()
            .AddVendorMetrics(DashScopeRequestRules.Key);
        services.TryAddTransient<IDashScopeClient, DashScopeClient>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, DashScopeRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<DashScopeVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, DashScopeVendorWorkflow>());
        return builder;
    }

    static void ConfigureApi(IServiceProvider provider, HttpClient http)
    {
        var options = provider.GetRequiredService<IOptions<DashScopeOptions>>().Value;
        http.BaseAddress = options.BaseUrl;
        http.Timeout = options.Timeout;
    }
}
