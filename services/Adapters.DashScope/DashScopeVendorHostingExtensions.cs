using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.DashScope;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

        services.AddHttpClient<IDashScopeClient, DashScopeClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<DashScopeOptions>>().Value;
            var baseUrl = options.BaseUrl.AbsoluteUri;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = options.Timeout;
        }).AddVendorMetrics(VendorKeys.DashScopeGen3d);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, DashScopeRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<DashScopeVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, DashScopeVendorWorkflow>());
        return builder;
    }
}
