namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// The values of <c>tencent_hunyuan_3d_pro</c> on the SeaArt gateway, spelled as the vendor spells them
/// (seed 001; docs/vendors/hunyuan.md §4). Enumerations are case-sensitive, as in SeaArt's CLI.
/// </summary>
public static class HunyuanValues
{
    /// <summary>The model id, sent as the envelope's <c>model</c> (never inside <c>params</c>).</summary>
    public const string Model = "tencent_hunyuan_3d_pro";

    public const string Normal = "Normal";
    public const string LowPoly = "LowPoly";
    public const string Geometry = "Geometry";
    public const string Sketch = "Sketch";

    public const string Triangle = "triangle";
    public const string Quadrilateral = "quadrilateral";

    /// <summary>The view label of the main image; it is sent as <c>image_url</c>, not as a multi-view image.</summary>
    public const string FrontView = "front";

    /// <summary>The seed's range of <c>face_count</c> (the CLI's older 40,000 floor is superseded).</summary>
    public const int MinFaceCount = 3_000;

    public const int MaxFaceCount = 1_500_000;

    public const int DefaultFaceCount = 500_000;

    /// <summary>Longest prompt, in characters (Unicode scalar values, "1024 个 UTF-8 字符"), not bytes.</summary>
    public const int MaxPromptCharacters = 1024;

    public static IReadOnlyList<string> GenerateTypes { get; } = [Normal, LowPoly, Geometry, Sketch];

    public static IReadOnlyList<string> PolygonTypes { get; } = [Triangle, Quadrilateral];

    /// <summary>
    /// The <c>ViewType</c>s of <c>multi_view_images</c>: left, right, back, and the four the gateway's
    /// upstream model 3.1 adds (the gateway always runs 3.1, so all seven are accepted).
    /// </summary>
    public static IReadOnlyList<string> ViewTypes { get; } = ["left", "right", "back", "top", "bottom", "left_front", "right_front"];
}
