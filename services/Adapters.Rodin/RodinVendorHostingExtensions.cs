using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Egress;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Rodin;

public static class RodinVendorHostingExtensions
{
    /// <summary>Registers Rodin's options (validated at start), its typed client, its request rules and its workflow.</summary>
    public static IHostApplicationBuilder AddRodinVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddEgress();

        services.AddOptions<RodinOptions>()
            .BindConfiguration(RodinOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The paid generate and the idempotent reads are separate clients: only the reads retry (VendorResilience).
        services.AddRefitGeneratedClient<IRodinApi>(RodinJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorMetrics(RodinRequestRules.Key);
        services.AddRefitGeneratedClient<IRodinReadApi>(RodinJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorReadResilience()
            .AddVendorMetrics(RodinRequestRules.Key);
        services.TryAddTransient<IRodinClient, RodinClient>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, RodinRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<RodinVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, RodinVendorWorkflow>());
        return builder;
    }

    static void ConfigureApi(IServiceProvider provider, HttpClient http)
    {
        var options = provider.GetRequiredService<IOptions<RodinOptions>>().Value;
        http.BaseAddress = options.BaseUrl;
        http.Timeout = options.Timeout;
    }
}
