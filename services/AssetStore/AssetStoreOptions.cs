using System.ComponentModel.DataAnnotations;

namespace GenerationGateway.AssetStore;

public sealed class AssetStoreOptions
{
    public const string SectionName = "AssetStore";

    public AssetStoreProvider Provider { get; set; } = AssetStoreProvider.FileSystem;

    /// <summary>Directory of the file-system store.</summary>
    [Required]
    public string RootPath { get; set; } = ".data/assets";

    /// <summary>Base URL clients download assets from; an asset's URL is this plus its key.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/v1/assets/");

    /// <summary>Largest asset accepted, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxAssetBytes { get; set; } = 512L * 1024 * 1024;
}
