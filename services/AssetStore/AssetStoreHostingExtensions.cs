using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.AssetStore;

public static class AssetStoreHostingExtensions
{
    public static IHostApplicationBuilder AddAssetStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AssetStoreOptions>()
            .BindConfiguration(AssetStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IAssetStore, FileSystemAssetStore>();
        return builder;
    }
}
