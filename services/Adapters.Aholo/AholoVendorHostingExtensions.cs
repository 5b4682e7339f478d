using GenerationGateway.Adapters.Aholo.Uploads;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo;

public static class AholoVendorHostingExtensions
{
    /// <summary>Registers Aholo's options (validated at start), its two clients, the input fetcher, its request rules and its workflow.</summary>
    public static IHostApplicationBuilder AddAholoVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<AholoOptions>()
            .BindConfiguration(AholoOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<IAholoClient, AholoClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<AholoOptions>>().Value;
            var baseUrl = options.BaseUrl.AbsoluteUri;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = options.Timeout;
        }).AddVendorMetrics(VendorKeys.Aholo);
        services.AddHttpClient<IAholoUploadClient, AholoUploadClient>((provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<AholoOptions>>().Value.UploadCallTimeout).AddVendorMetrics(VendorKeys.Aholo);
        services.AddHttpClient(AholoInputFetcher.ClientName, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<AholoOptions>>().Value.InputFetchTimeout);
        services.TryAddSingleton<AholoInputFetcher>();
        services.TryAddTransient<AholoInputUploads>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, AholoRequestRules>());
        // Transient like the typed clients it uses, so their handlers keep rotating.
        services.TryAddTransient<AholoVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, AholoVendorWorkflow>());
        return builder;
    }
}
