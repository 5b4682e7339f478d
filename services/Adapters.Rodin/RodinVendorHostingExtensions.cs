using GenerationGateway.Adapters.Workflow;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Rodin;

public static class RodinVendorHostingExtensions
{
    /// <summary>Registers Rodin's options (validated at start), its typed client, its request rules and its workflow.</summary>
    public static IHostApplicationBuilder AddRodinVendor(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<RodinOptions>()
            .BindConfiguration(RodinOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient<IRodinClient, RodinClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<RodinOptions>>().Value;
            var baseUrl = options.BaseUrl.AbsoluteUri;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = options.Timeout;
        }).AddVendorMetrics(VendorKeys.Rodin);
        services.AddHttpClient(RodinClient.InputImagesClientName, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<RodinOptions>>().Value.ImageFetchTimeout);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVendorRequestRules, RodinRequestRules>());
        // Transient like the typed client it uses, so the client's handler keeps rotating.
        services.TryAddTransient<RodinVendorWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IVendorWorkflow, RodinVendorWorkflow>());
        return builder;
    }
}
