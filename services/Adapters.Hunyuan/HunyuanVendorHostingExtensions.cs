using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Hunyuan.VendorApi;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Egress;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Hunyuan;

public static class HunyuanVendorHostingExtensions
{
    /// <summary>Registers Hunyuan's options (validated at start), its typed client, the image check, its request rules and its workflow.</summary>
    public static IHostApplicationBuilder AddHunyuanVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddEgress();

        services.AddOptions<HunyuanOptions>()
            .BindConfiguration(HunyuanOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The paid create and the idempotent task query are separate clients: only the query retries (VendorResilience).
        services.AddRefitGeneratedClient<ISeaArtApi>(SeaArtJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorMetrics(HunyuanRequestRules.Key);
        services.AddRefitGeneratedClient<ISeaArtTaskApi>(SeaArtJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorReadResilience()
            .AddVendorMetrics(HunyuanRequestRules.Key);
        services.TryAddTransient<IHunyuanClient, HunyuanClient>();

        services.TryAddTransient<HunyuanImageCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, HunyuanRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<HunyuanVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, HunyuanVendorWorkflow>());
        return builder;
    }

    static void ConfigureApi(IServiceProvider provider, HttpClient http)
    {
        var options = provider.GetRequiredService<IOptions<HunyuanOptions>>().Value;
        http.BaseAddress = options.BaseUrl;
        http.Timeout = options.Timeout;
    }
}
