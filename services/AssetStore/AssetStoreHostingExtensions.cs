using Amazon.S3;
using GenerationGateway.AssetStore.S3;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.AssetStore;

public static class AssetStoreHostingExtensions
{
    /// <summary>
    /// The asset store <c>AssetStore:Provider</c> names, its options validated at start (the S3 settings only when the
    /// provider is S3), and the S3 client (created only when the S3 store is used).
    /// </summary>
    public static IHostApplicationBuilder AddAssetStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AssetStoreOptions>()
            .BindConfiguration(AssetStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<S3AssetStoreOptions>()
            .BindConfiguration(S3AssetStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<S3AssetStoreOptions>, S3AssetStoreOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton<IAmazonS3>(S3AssetStore.ClientKey, (provider, _) =>
            S3ClientFactory.Create(provider.GetRequiredService<IOptions<S3AssetStoreOptions>>().Value));
        services.AddSingleton<FileSystemAssetStore>();
        services.AddSingleton<S3AssetStore>();
        services.AddTransient<IAssetStore>(provider =>
            provider.GetRequiredService<IOptions<AssetStoreOptions>>().Value.Provider == AssetStoreProvider.S3
                ? provider.GetRequiredService<S3AssetStore>()
                : provider.GetRequiredService<FileSystemAssetStore>());
        return builder;
    }
}
