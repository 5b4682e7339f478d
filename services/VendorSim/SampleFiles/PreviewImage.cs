namespace GenerationGateway.VendorSim.SampleFiles;

/// <summary>
/// The preview render the simulators serve: a 128×128 lossless WebP (VP8L) embedded in this assembly,
/// encoded with <c>cwebp -lossless</c> and checked with <c>webpinfo</c>.
/// </summary>
public static class PreviewImage
{
    public const string ContentType = "image/webp";
    public const int Width = 128;
    public const int Height = 128;

    private const string ResourceName = "GenerationGateway.VendorSim.SampleFiles.preview.webp";

    private static readonly Lazy<byte[]> Bytes = new(Load);

    public static ReadOnlyMemory<byte> WebP => Bytes.Value;

    private static byte[] Load()
    {
        using var stream = typeof(PreviewImage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
