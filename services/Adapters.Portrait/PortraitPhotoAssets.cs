using System.Globalization;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Portrait;

/// <summary>A generation's <c>result_paths</c> as photo assets, the format judged by each URL's extension.</summary>
static class PortraitPhotoAssets
{
    public static IReadOnlyList<VendorAsset> From(IReadOnlyList<Uri> resultPaths) =>
        [.. resultPaths.Select((url, index) => ToAsset(url, index))];

    static VendorAsset ToAsset(Uri url, int index)
    {
        var extension = Path.GetExtension(url.AbsolutePath).ToUpperInvariant();
        var (format, contentType, suffix) = extension switch
        {
            ".PNG" => (AssetFormat.Png, "image/png", ".png"),
            ".JPG" or ".JPEG" => (AssetFormat.Jpg, "image/jpeg", ".jpg"),
            ".WEBP" => (AssetFormat.Webp, "image/webp", ".webp"),
            _ => (AssetFormat.Other, (string?)null, extension.ToLowerInvariant()),
        };
        var name = string.Create(CultureInfo.InvariantCulture, $"photo-{index + 1:D2}{suffix}");
        return new VendorAsset { Role = AssetRole.Photo, Format = format, Name = name, Url = url, ContentType = contentType };
    }
}
