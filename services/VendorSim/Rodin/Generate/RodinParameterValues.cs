namespace GenerationGateway.VendorSim.Rodin.Generate;

/// <summary>The accepted values of <c>POST /rodin</c>'s enumerated fields (docs/vendors/rodin.md §2), matched case-sensitively.</summary>
public static class RodinParameterValues
{
    public const string DefaultTier = "Regular";
    public const string Sketch = "Sketch";
    public const string Gen2 = "Gen-2";
    public const string Gen25ExtremeHigh = "Gen-2.5-Extreme-High";
    public const string HighPack = "HighPack";
    public const string Raw = "Raw";
    public const string Quad = "Quad";
    public const string Pbr = "PBR";
    public const string Shaded = "Shaded";
    public const string All = "All";
    public const string NoMaterial = "None";
    public const string Glb = "glb";
    public const string Medium = "medium";
    public const string Creative = "creative";

    public const int MaxImages = 5;

    public static IReadOnlyList<string> Gen1Tiers { get; } = [Sketch, DefaultTier, "Detail", "Smooth"];

    public static IReadOnlyList<string> Gen25Tiers { get; } =
        ["Gen-2.5-Extreme-Low", "Gen-2.5-Low", "Gen-2.5-Medium", "Gen-2.5-High", Gen25ExtremeHigh];

    public static IReadOnlyList<string> Tiers { get; } = [.. Gen1Tiers, Gen2, .. Gen25Tiers];

    /// <summary>The Gen-2.5 tiers that allow <c>geometry_instruct_mode=creative</c>.</summary>
    public static IReadOnlyList<string> Gen25UpperTiers { get; } = ["Gen-2.5-Medium", "Gen-2.5-High", Gen25ExtremeHigh];

    public static IReadOnlyList<string> ConditionModes { get; } = ["concat", "fuse"];

    public static IReadOnlyList<string> GeometryFileFormats { get; } = [Glb, "usdz", "fbx", "obj", "stl"];

    public static IReadOnlyList<string> Materials { get; } = [Pbr, Shaded, All, NoMaterial];

    public static IReadOnlyList<string> Qualities { get; } = ["high", Medium, "low", "extra-low"];

    public static IReadOnlyList<string> MeshModes { get; } = [Raw, Quad];

    public static IReadOnlyList<string> Addons { get; } = [HighPack];

    public static IReadOnlyList<string> TextureModes { get; } = ["legacy", "extreme-low", "low", Medium, "high"];

    public static IReadOnlyList<string> GeometryInstructModes { get; } = ["faithful", Creative];

    public static IReadOnlyList<string> ImageLabels { get; } = ["F", "FL", "FR", "L", "R", "B", "BL", "BR", "U", "D", "?"];

    public static IReadOnlyList<string> BooleanFields { get; } =
    [
        "mesh_simplify", "mesh_smooth", "TAPose", "preview_render", "use_original_alpha", "hd_texture",
        "texture_delight", "is_micro", "use_hyper",
    ];

    public static bool IsGen1(string tier) => Gen1Tiers.Contains(tier);

    public static bool IsGen25(string tier) => Gen25Tiers.Contains(tier);

    /// <summary>The accepted <c>quality_override</c> range for a tier and mesh mode.</summary>
    public static (int Min, int Max) QualityOverrideRange(string tier, string meshMode) => tier switch
    {
        _ when IsGen1(tier) => (2_000, 200_000),
        Gen2 when meshMode == Quad => (1_000, 200_000),
        Gen2 => (500, 1_000_000),
        "Gen-2.5-High" or Gen25ExtremeHigh => (20_000, 2_000_000),
        _ => (500, 1_000_000),
    };
}
