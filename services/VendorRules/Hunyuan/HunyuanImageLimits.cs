namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// The seed's limits on input images: each side 128 to 5000 px; at most 8 MB per image (image_url and
/// image_base64 alike); jpg, jpeg, png or webp for the main image but only jpg or png for multi-view images,
/// whose total stays within 8 MB.
/// </summary>
public static class HunyuanImageLimits
{
    public const int MinSide = 128;
    public const int MaxSide = 5_000;
    public const long MaxImageBytes = 8L * 1024 * 1024;
    public const long MaxMultiViewTotalBytes = 8L * 1024 * 1024;

    static readonly HashSet<string> MainExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp" };
    static readonly HashSet<string> ViewExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png" };

    /// <summary>Extensions that certainly name an image of another format; any other extension is judged by the bytes later.</summary>
    static readonly HashSet<string> OtherImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif", ".avif", ".svg", ".ico", ".jxl",
    };

    public static string Formats(bool isView) => isView ? "jpg or png" : "jpg, jpeg, png or webp";

    /// <summary>An error when the URL's extension names an image format the vendor refuses; null when it is allowed or says nothing.</summary>
    public static string? CheckExtension(Uri url, bool isView)
    {
        ArgumentNullException.ThrowIfNull(url);
        var extension = Path.GetExtension(url.AbsolutePath);
        var allowed = isView ? ViewExtensions : MainExtensions;
        return !allowed.Contains(extension) && OtherImageExtensions.Contains(extension)
            ? $"A {extension} image is not accepted here: give {Formats(isView)}."
            : null;
    }

    /// <summary>An error when the image bytes break a limit (size, format, side length); null when they pass.</summary>
    public static string? Check(ReadOnlySpan<byte> bytes, bool isView)
    {
        if (bytes.Length > MaxImageBytes)
        {
            return $"The image is {bytes.Length:N0} bytes; at most {MaxImageBytes:N0} are accepted.";
        }

        if (HunyuanImageProbe.Read(bytes) is not { } image)
        {
            return $"The image is not a readable {Formats(isView)}.";
        }

        if (isView && image.Format == HunyuanImageFormat.Webp)
        {
            return $"A multi-view image must be {Formats(isView)}, not webp.";
        }

        return image.Width is < MinSide or > MaxSide || image.Height is < MinSide or > MaxSide
            ? $"The image is {image.Width}×{image.Height} px; each side must be {MinSide} to {MaxSide} px."
            : null;
    }
}
