using GenerationGateway.Adapters.Aholo.Uploads;
using GenerationGateway.Adapters.Aholo.VendorApi;
using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>The Aholo vendor as every host composes it: its two clients, the input uploads, its request rules and its workflow.</summary>
public sealed class AholoVendorModule()
    : VendorModule<AholoVendorWorkflow, AholoOptions>(AholoRequestRules.Key, AholoOptions.SectionName, simulatorPath: "aholo/v2/aholo/")
{
    protected override IEnumerable<(string Name, string Value)> SimulatorValues(Uri origin) =>
    [
        ("AppKey", "sim-aholo-key"), ("AppSecret", "sim-aholo-secret"), ("AppUid", "standalone-user"),
        ("UploadStatusInterval", "00:00:00.500"), ("StatusInterval", "00:00:01"),
    ];

    protected override void AddVendorServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // The calls that create something and the idempotent reads are separate clients: only the reads retry (VendorResilience).
        // The signature handler sits inside the retry, so every attempt is signed with a fresh timestamp.
        services.TryAddTransient<AholoSignatureHandler>();
        services.AddVendorApi<IAholoApi, AholoOptions>(AholoJson.ApiSettings, Key, api => api.AddHttpMessageHandler<AholoSignatureHandler>());
        services.AddVendorReadApi<IAholoReadApi, AholoOptions>(AholoJson.ApiSettings, Key, api => api.AddHttpMessageHandler<AholoSignatureHandler>());
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
            .AddVendorMetrics(Key);
        services.TryAddTransient<IAholoUploadClient, AholoUploadClient>();
        services.TryAddSingleton<AholoInputFetcher>();
        services.TryAddTransient<AholoInputUploads>();
        services.AddAholoRequestRules();
    }
}
