using System.Text.Json;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>
/// Rodin's own options, read from <c>GenerationRequested.VendorOptions</c> (camelCase keys, vendor
/// spellings for values). A null property was not given. Values are typed here and checked by <see cref="RodinRequestRules"/>.
/// </summary>
public sealed record RodinVendorOptions
{
    public static RodinVendorOptions None { get; } = new();

    public string? Tier { get; init; }

    public int? Seed { get; init; }

    public string? GeometryFileFormat { get; init; }

    public string? Material { get; init; }

    public string? Quality { get; init; }

    public int? QualityOverride { get; init; }

    public string? MeshMode { get; init; }

    public bool? MeshSimplify { get; init; }

    public bool? MeshSmooth { get; init; }

    public bool? TaPose { get; init; }

    /// <summary>Width (Y), height (Z), length (X).</summary>
    public IReadOnlyList<int>? BboxCondition { get; init; }

    public IReadOnlyList<string>? Addons { get; init; }

    public bool? PreviewRender { get; init; }

    public bool? UseOriginalAlpha { get; init; }

    public bool? HdTexture { get; init; }

    public bool? TextureDelight { get; init; }

    public string? TextureMode { get; init; }

    public string? GeometryInstructMode { get; init; }

    public bool? IsMicro { get; init; }

    public string? ConditionMode { get; init; }

    /// <summary>One view label per input image, in image order.</summary>
    public IReadOnlyList<string>? ImageLabels { get; init; }

    /// <summary>Reads the options; a key that is unknown or of the wrong JSON type adds an error under <c>vendorOptions.&lt;key&gt;</c>.</summary>
    public static RodinVendorOptions Read(JsonElement? vendorOptions, RequestValidationErrors errors)
    {
        return VendorOptionsReader.Read(vendorOptions, None, "Rodin", errors);
    }
}
