using GenerationGateway.Egress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GenerationGateway.TestSupport.Egress;

/// <summary>The egress guard as test hosts set it up: the simulators on loopback allowed, the test's handler as transport.</summary>
public static class TestEgress
{
    /// <summary>The allow-list of a test host whose simulators and stub hosts answer on loopback.</summary>
    public static readonly IReadOnlyDictionary<string, string?> LoopbackAllowed = new Dictionary<string, string?>
    {
        ["Egress:AllowedNetworks:0"] = "127.0.0.0/8",
        ["Egress:RetryDelay"] = "00:00:00.050",
    };

    /// <summary>A fetcher over <paramref name="httpClientFactory"/> (its client named <see cref="EgressFetcher.HttpClientName"/>), loopback allowed.</summary>
    public static EgressFetcher Fetcher(IHttpClientFactory httpClientFactory)
    {
        var options = Options.Create(new EgressOptions { RetryDelay = TimeSpan.FromMilliseconds(50) });
        options.Value.AllowedNetworks.Add("127.0.0.0/8");
        return new EgressFetcher(httpClientFactory, options, new EgressAddressPolicy(options), NullLogger<EgressFetcher>.Instance);
    }

    /// <summary>Sends the egress client's requests through the test's handler instead of the guarded sockets (URL checks still run).</summary>
    public static IServiceCollection RouteEgressThrough(this IServiceCollection services, Func<HttpMessageHandler> handler)
    {
        services.AddHttpClient(EgressFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(handler);
        return services;
    }
}
