using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>What a file of Rodin's download list is, judged by its extension.</summary>
static class RodinAssetFile
{
    public static VendorAsset ToAsset(RodinFile file, string name)
    {
        var extension = Path.GetExtension(file.Name);
        if (string.IsNullOrEmpty(extension))
        {
            extension = Path.GetExtension(file.Url.AbsolutePath);
        }

        var (role, format, contentType) = extension.ToUpperInvariant() switch
        {
            ".GLB" => (AssetRole.Model, AssetFormat.Glb, "model/gltf-binary"),
            ".FBX" => (AssetRole.Model, AssetFormat.Fbx, "application/octet-stream"),
            ".USDZ" => (AssetRole.Model, AssetFormat.Usdz, "model/vnd.usdz+zip"),
            ".OBJ" => (AssetRole.Model, AssetFormat.Obj, "model/obj"),
            ".STL" => (AssetRole.Model, AssetFormat.Stl, "model/stl"),
            ".ZIP" => (AssetRole.Archive, AssetFormat.Zip, "application/zip"),
            ".WEBP" => (AssetRole.Preview, AssetFormat.Webp, "image/webp"),
            ".PNG" => (AssetRole.Preview, AssetFormat.Png, "image/png"),
            ".JPG" or ".JPEG" => (AssetRole.Preview, AssetFormat.Jpg, "image/jpeg"),
            ".MTL" => (AssetRole.Model, AssetFormat.Other, "model/mtl"),
            _ => (AssetRole.Model, AssetFormat.Other, "application/octet-stream"),
        };
        return new VendorAsset { Role = role, Format = format, Name = name, Url = file.Url, ContentType = contentType };
    }

    /// <summary>The files as assets, their names made safe and unique within the generation.</summary>
    public static IReadOnlyList<VendorAsset> ToAssets(IReadOnlyList<RodinFile> files)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assets = new List<VendorAsset>(files.Count);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Name.Replace('\\', '/'));
            if (string.IsNullOrWhiteSpace(name))
            {
                name = $"file{assets.Count + 1}";
            }

            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
            }

            assets.Add(ToAsset(file, unique));
        }

        return assets;
    }
}
