using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Hunyuan;

public static class HunyuanVendorHostingExtensions
{
    /// <summary>Registers Hunyuan's options (validated at start), its typed client, the image check, its request rules and its workflow.</summary>
    public static IHostApplicationBuilder AddHunyuanVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<HunyuanOptions>()
            .BindConfiguration(HunyuanOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<IHunyuanClient, HunyuanClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<HunyuanOptions>>().Value;
            var baseUrl = options.BaseUrl.AbsoluteUri;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = options.Timeout;
        }).AddVendorMetrics(VendorKeys.Hunyuan3dPro);
        services.AddHttpClient(HunyuanImageCheck.ClientName, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<HunyuanOptions>>().Value.ImageFetchTimeout);

        services.TryAddTransient<HunyuanImageCheck>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, HunyuanRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<HunyuanVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, HunyuanVendorWorkflow>());
        return builder;
    }
}
