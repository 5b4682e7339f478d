using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Egress.Tests;

/// <summary>The egress guard as a host registers it (<c>AddEgress</c>), on real sockets, with the settings and resolver a test gives.</summary>
public sealed class GuardedFetcher : IDisposable
{
    readonly IHost _host;

    public GuardedFetcher(IReadOnlyDictionary<string, string?>? settings = null, IEgressNameResolver? resolver = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Egress:RetryDelay"] = "00:00:00.010",
            ["Egress:Timeout"] = "00:00:02",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (resolver is not null)
        {
            builder.Services.AddSingleton(resolver);
        }

        builder.AddEgress();
        _host = builder.Build();
        Fetcher = _host.Services.GetRequiredService<EgressFetcher>();
    }

    public EgressFetcher Fetcher { get; }

    public Task<string> GetStringAsync(Uri url) =>
        Fetcher.GetAsync(url, EgressPurpose.Input, (response, token) => response.Content.ReadAsStringAsync(token), CancellationToken.None);

    public async Task<EgressException> RefusedAsync(Uri url) =>
        await Assert.ThrowsAsync<EgressException>(() => GetStringAsync(url));

    public void Dispose() => _host.Dispose();

}
