using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>How the vendor-neutral <see cref="GenerationOptions"/> map onto Rodin's fields.</summary>
public static class RodinNormalizedOptions
{
    public static IReadOnlyList<AssetFormat> ModelFormats { get; } =
        [AssetFormat.Glb, AssetFormat.Usdz, AssetFormat.Fbx, AssetFormat.Obj, AssetFormat.Stl];

    /// <summary>Formats Rodin delivers besides the model: the preview render.</summary>
    public static IReadOnlyList<AssetFormat> OtherFormats { get; } = [AssetFormat.Webp];

    public static string? Quality(Quality? quality) => quality switch
    {
        Contracts.Quality.Low => RodinValues.QualityLow,
        Contracts.Quality.Medium => RodinValues.QualityMedium,
        Contracts.Quality.High => RodinValues.QualityHigh,
        _ => null,
    };

    public static string? Material(TextureMode? texture) => texture switch
    {
        TextureMode.None => RodinValues.MaterialNone,
        TextureMode.Shaded => RodinValues.MaterialShaded,
        TextureMode.Pbr => RodinValues.MaterialPbr,
        _ => null,
    };

    public static string? MeshMode(Topology? topology) => topology switch
    {
        Topology.Triangle => RodinValues.MeshModeRaw,
        Topology.Quad => RodinValues.MeshModeQuad,
        _ => null,
    };

    /// <summary>The first model format asked for, as Rodin's <c>geometry_file_format</c>; null when none is.</summary>
    public static string? GeometryFileFormat(IReadOnlyList<AssetFormat> outputFormats)
    {
        foreach (var format in outputFormats)
        {
            if (ModelFormats.Contains(format))
            {
                return GeometryFileFormat(format);
            }
        }

        return null;
    }

    static string GeometryFileFormat(AssetFormat format) => format switch
    {
        AssetFormat.Glb => "glb",
        AssetFormat.Usdz => "usdz",
        AssetFormat.Fbx => "fbx",
        AssetFormat.Obj => "obj",
        AssetFormat.Stl => "stl",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a Rodin model format."),
    };
}
