using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Workflow.VendorHttp;

/// <summary>
/// A vendor's Refit client as every adapter registers it: base address and timeout from the vendor's settings, the
/// vendor's own handlers, and every attempt measured (the metrics handler sits innermost).
/// </summary>
public static class VendorApiRegistration
{
    /// <summary>
    /// A client that creates something (a paid submit, an upload): never retried here. <paramref name="handlers"/> adds
    /// the vendor's own handlers (a signature), inside the metrics.
    /// </summary>
    public static IHttpClientBuilder AddVendorApi<TApi, TOptions>(
        this IServiceCollection services, RefitSettings settings, string vendor, Action<IHttpClientBuilder>? handlers = null)
        where TApi : class
        where TOptions : class, IVendorApiOptions
    {
        var builder = services.AddRefitGeneratedClient<TApi>(settings).ConfigureHttpClient(ConfigureApi<TOptions>);
        handlers?.Invoke(builder);
        return builder.AddVendorMetrics(vendor);
    }

    /// <summary>
    /// A client whose every call is idempotent (status, results, catalogues): retried by <see
    /// cref="VendorResilienceHttpClientBuilderExtensions.AddVendorReadResilience"/>, each attempt through <paramref name="handlers"/>.
    /// </summary>
    public static IHttpClientBuilder AddVendorReadApi<TApi, TOptions>(
        this IServiceCollection services, RefitSettings settings, string vendor, Action<IHttpClientBuilder>? handlers = null)
        where TApi : class
        where TOptions : class, IVendorApiOptions =>
        services.AddVendorApi<TApi, TOptions>(settings, vendor, builder =>
        {
            builder.AddVendorReadResilience();
            handlers?.Invoke(builder);
        });

    static void ConfigureApi<TOptions>(IServiceProvider provider, HttpClient http)
        where TOptions : class, IVendorApiOptions
    {
        var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
        http.BaseAddress = options.BaseUrl ?? throw new InvalidOperationException($"{typeof(TOptions).Name}.BaseUrl is required.");
        http.Timeout = options.Timeout;
    }
}
