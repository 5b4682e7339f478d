using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>The values of Aholo's create fields, spelled as the seed spells them (docs/vendors/aholo.md §5, seed 000).</summary>
public static class AholoValues
{
    /// <summary><c>scene</c> of an object reconstruction.</summary>
    public const string SceneModel = "model";

    /// <summary><c>scene</c> of an indoor space reconstruction.</summary>
    public const string SceneSpace = "space";

    public const string QualityLow = "LOW";
    public const string QualityNormal = "NORMAL";
    public const string QualityHigh = "HIGH";
    public const string QualityUltra = "ULTRA";

    /// <summary><c>accessLevel</c> 0: public (seed: 0=公开).</summary>
    public const int AccessPublic = 0;

    /// <summary><c>accessLevel</c> 1: private (seed: 1=私有); the gateway's default, so customer captures stay private.</summary>
    public const int AccessPrivate = 1;

    /// <summary>Generation takes at most this many images (docs/vendors/aholo.md §6).</summary>
    public const int MaxGenerationImages = 1;

    /// <summary>Longest project name the gateway sends; the vendor's limit is not published.</summary>
    public const int MaxProjectNameLength = 100;

    public static IReadOnlyList<string> Scenes { get; } = [SceneModel, SceneSpace];

    public static IReadOnlyList<string> Qualities { get; } = [QualityLow, QualityNormal, QualityHigh, QualityUltra];

    public static IReadOnlyList<int> AccessLevels { get; } = [AccessPublic, AccessPrivate];

    /// <summary>Image extensions the vendor's own tooling accepts (docs/vendors/aholo.md §5).</summary>
    public static IReadOnlyList<string> ImageExtensions { get; } = [".jpg", ".jpeg", ".png", ".webp"];

    /// <summary>Video extensions: MP4/MOV videos and Insta360 <c>.insv</c> captures.</summary>
    public static IReadOnlyList<string> VideoExtensions { get; } = [".mp4", ".mov", ".insv"];

    /// <summary>The <c>taskQuality</c> a normalized quality maps to.</summary>
    public static string? TaskQuality(Quality? quality) => quality switch
    {
        Quality.Low => QualityLow,
        Quality.Medium => QualityNormal,
        Quality.High => QualityHigh,
        Quality.Ultra => QualityUltra,
        _ => null,
    };
}
