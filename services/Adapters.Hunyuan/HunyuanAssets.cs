using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// A completed task's resources as assets, judged by <c>format</c> (never by <c>type</c>): an obj result is the
/// zip the gateway serves it as (obj, material and textures), kept as an archive; every distinct preview image is kept.
/// </summary>
static class HunyuanAssets
{
    public static IReadOnlyList<VendorAsset> From(IReadOnlyList<HunyuanContent> contents)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var previews = new HashSet<Uri>();
        var assets = new List<VendorAsset>();
        foreach (var content in contents)
        {
            var (role, format, extension, contentType) = Model(content);
            assets.Add(new VendorAsset { Role = role, Format = format, Name = Unique($"model{extension}", names), Url = content.Url, ContentType = contentType });
            if (content.PreviewUrl is { } preview && previews.Add(preview))
            {
                var (previewFormat, previewExtension, previewType) = Image(preview);
                assets.Add(new VendorAsset
                {
                    Role = AssetRole.Preview, Format = previewFormat, Name = Unique($"preview{previewExtension}", names), Url = preview, ContentType = previewType,
                });
            }
        }

        return assets;
    }

    /// <summary>The format the vendor states; only when it states none, the URL's extension.</summary>
    static (AssetRole Role, AssetFormat Format, string Extension, string ContentType) Model(HunyuanContent content)
    {
        var urlExtension = Path.GetExtension(content.Url.AbsolutePath).ToUpperInvariant();
        var format = content.Format?.ToUpperInvariant() ?? urlExtension.TrimStart('.');
        return format switch
        {
            // "当 format 为 obj 时 url 通常返回 .zip 压缩包": an obj is a zip unless its URL says plainly .obj.
            "OBJ" when urlExtension == ".OBJ" => (AssetRole.Model, AssetFormat.Obj, ".obj", "model/obj"),
            "OBJ" => (AssetRole.Archive, AssetFormat.Zip, "-obj.zip", "application/zip"),
            "GLB" => (AssetRole.Model, AssetFormat.Glb, ".glb", "model/gltf-binary"),
            "FBX" => (AssetRole.Model, AssetFormat.Fbx, ".fbx", "application/octet-stream"),
            "STL" => (AssetRole.Model, AssetFormat.Stl, ".stl", "model/stl"),
            "USDZ" => (AssetRole.Model, AssetFormat.Usdz, ".usdz", "model/vnd.usdz+zip"),
            "ZIP" => (AssetRole.Archive, AssetFormat.Zip, ".zip", "application/zip"),
            "MP4" => (AssetRole.Preview, AssetFormat.Mp4, ".mp4", "video/mp4"),
            _ => (AssetRole.Model, AssetFormat.Other, Lower(urlExtension), "application/octet-stream"),
        };
    }

    static (AssetFormat Format, string Extension, string ContentType) Image(Uri url) => Path.GetExtension(url.AbsolutePath).ToUpperInvariant() switch
    {
        ".JPG" or ".JPEG" => (AssetFormat.Jpg, ".jpg", "image/jpeg"),
        ".WEBP" => (AssetFormat.Webp, ".webp", "image/webp"),
        ".GIF" => (AssetFormat.Other, ".gif", "image/gif"),
        _ => (AssetFormat.Png, ".png", "image/png"),
    };

#pragma warning disable CA1308 // file extensions are kept lower-case
    static string Lower(string extension) => extension.ToLowerInvariant();
#pragma warning restore CA1308

    static string Unique(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }

        return unique;
    }
}
