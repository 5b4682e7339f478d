namespace GenerationGateway.VendorRules.Rodin;

/// <summary>The allowed values of Rodin's enumerated generate fields, spelled as the vendor spells them.</summary>
public static class RodinValues
{
    public const string MaterialPbr = "PBR";
    public const string MaterialShaded = "Shaded";
    public const string MaterialAll = "All";
    public const string MaterialNone = "None";

    public const string QualityHigh = "high";
    public const string QualityMedium = "medium";
    public const string QualityLow = "low";
    public const string QualityExtraLow = "extra-low";

    public const string MeshModeRaw = "Raw";
    public const string MeshModeQuad = "Quad";

    public const string FormatGlb = "glb";

    public const string GeometryFaithful = "faithful";
    public const string GeometryCreative = "creative";

    public const string AddonHighPack = "HighPack";

    public static IReadOnlyList<string> Materials { get; } = [MaterialPbr, MaterialShaded, MaterialAll, MaterialNone];

    public static IReadOnlyList<string> Qualities { get; } = [QualityHigh, QualityMedium, QualityLow, QualityExtraLow];

    public static IReadOnlyList<string> MeshModes { get; } = [MeshModeRaw, MeshModeQuad];

    public static IReadOnlyList<string> GeometryFileFormats { get; } = [FormatGlb, "usdz", "fbx", "obj", "stl"];

    public static IReadOnlyList<string> TextureModes { get; } = ["legacy", "extreme-low", "low", "medium", "high"];

    public static IReadOnlyList<string> GeometryInstructModes { get; } = [GeometryFaithful, GeometryCreative];

    public static IReadOnlyList<string> ConditionModes { get; } = ["concat", "fuse"];

    public static IReadOnlyList<string> Addons { get; } = [AddonHighPack];

    public static IReadOnlyList<string> ImageLabels { get; } = ["F", "FL", "FR", "L", "R", "B", "BL", "BR", "U", "D", "?"];
}
