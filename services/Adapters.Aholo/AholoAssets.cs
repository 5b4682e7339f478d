using GenerationGateway.Adapters.Workflow.Assets;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>A finished task's result files as splat assets: PLY, SPZ and (when asked for) SOG.</summary>
public static class AholoAssets
{
    public static IReadOnlyList<VendorAsset> From(string projectId, AholoResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var assets = new List<VendorAsset>(3);
        Add(assets, projectId, result.Ply, AssetFormat.Ply, ".ply");
        Add(assets, projectId, result.Spz, AssetFormat.Spz, ".spz");
        Add(assets, projectId, result.Sog, AssetFormat.Sog, ".sog");
        return assets;
    }

    static void Add(List<VendorAsset> assets, string projectId, Uri? url, AssetFormat format, string extension)
    {
        if (url is null)
        {
            return;
        }

        var name = Uri.UnescapeDataString(Path.GetFileName(url.AbsolutePath));
        if (!string.Equals(Path.GetExtension(name), extension, StringComparison.OrdinalIgnoreCase))
        {
            name = projectId + extension;
        }

        assets.Add(new VendorAsset { Role = AssetRole.Splat, Format = format, Name = name, Url = url, ContentType = AssetContentTypes.For(format) });
    }
}
