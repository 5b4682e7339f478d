using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.AssetStore.Tests.Infrastructure;

/// <summary>A host with nothing but <c>AddAssetStore()</c> on the given settings, started (so options are validated).</summary>
public sealed class AssetStoreHost : IAsyncDisposable
{
    readonly IHost _host;

    AssetStoreHost(IHost host) => _host = host;

    public IAssetStore Store => _host.Services.GetRequiredService<IAssetStore>();

    public static async Task<AssetStoreHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAssetStore();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return new AssetStoreHost(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
