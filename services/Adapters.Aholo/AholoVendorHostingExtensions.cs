using GenerationGateway.Adapters.Aholo.Uploads;
using GenerationGateway.Adapters.Aholo.VendorApi;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Egress;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Aholo;

public static class AholoVendorHostingExtensions
{
    /// <summary>Registers Aholo's options (validated at start), its two clients, the input fetcher, its request rules and its workflow.</summary>
    public static IHostApplicationBuilder AddAholoVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.AddEgress();

        services.AddOptions<AholoOptions>()
            .BindConfiguration(AholoOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The calls that create something and the idempotent reads are separate clients: only the reads retry (VendorResilience).
        // The signature handler sits inside the retry, so every attempt is signed with a fresh timestamp.
        services.TryAddTransient<AholoSignatureHandler>();
        services.AddRefitGeneratedClient<IAholoApi>(AholoJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddHttpMessageHandler<AholoSignatureHandler>()
            .AddVendorMetrics(AholoRequestRules.Key);
        services.AddRefitGeneratedClient<IAholoReadApi>(AholoJson.ApiSettings)
            .ConfigureHttpClient(ConfigureApi)
            .AddVendorReadResilience()
            .AddHttpMessageHandler<AholoSignatureHandler>()
            .AddVendorMetrics(AholoRequestRules.Key);
        services.TryAddTransient<IAholoClient, AholoClient>();
        // The upload host is named by each token: every call carries its absolute URL ([Url]), never the signature. Refit
        // wants a base address all the same; the vendor's own is the one that would leak nothing new.
        services.AddRefitGeneratedClient<IAholoUploadApi>(AholoJson.UploadApiSettings)
            .ConfigureHttpClient((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<AholoOptions>>().Value;
                http.BaseAddress = options.BaseUrl;
                http.Timeout = options.UploadCallTimeout;
            })
            .AddVendorMetrics(AholoRequestRules.Key);
        services.TryAddTransient<IAholoUploadClient, AholoUploadClient>();
        services.TryAddSingleton<AholoInputFetcher>();
        services.TryAddTransient<AholoInputUploads>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, AholoRequestRules>());
        // Transient like the typed clients it uses, so their handlers keep rotating.
        services.TryAddTransient<AholoVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, AholoVendorWorkflow>());
        return builder;
    }

    static void ConfigureApi(IServiceProvider provider, HttpClient http)
    {
        var options = provider.GetRequiredService<IOptions<AholoOptions>>().Value;
        http.BaseAddress = options.BaseUrl;
        http.Timeout = options.Timeout;
    }
}
