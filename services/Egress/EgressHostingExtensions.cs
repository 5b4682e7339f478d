using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Egress;

public static class EgressHostingExtensions
{
    /// <summary>
    /// Registers the egress guard once: <see cref="EgressOptions"/> (validated at start), the address policy and the
    /// <see cref="EgressFetcher"/> on its named HttpClient, whose primary handler connects only to checked addresses,
    /// never follows a redirect itself, uses no proxy and keeps no cookies.
    /// </summary>
    public static IHostApplicationBuilder AddEgress(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(x => x.ServiceType == typeof(EgressFetcher)))
        {
            return builder;
        }

        services.AddOptions<EgressOptions>()
            .BindConfiguration(EgressOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IEgressNameResolver, DnsEgressNameResolver>();
        services.TryAddSingleton<EgressAddressPolicy>();
        services.TryAddSingleton<EgressConnector>();
        services.AddSingleton<EgressFetcher>();
        services.AddHttpClient(EgressFetcher.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler);
        return builder;
    }

    static SocketsHttpHandler CreateHandler(IServiceProvider provider)
    {
        var connector = provider.GetRequiredService<EgressConnector>();
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PreAuthenticate = false,
            ConnectTimeout = provider.GetRequiredService<IOptions<EgressOptions>>().Value.ConnectTimeout,
            ConnectCallback = connector.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
    }
}
