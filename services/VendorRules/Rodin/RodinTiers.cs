namespace GenerationGateway.VendorRules.Rodin;

/// <summary>Rodin's <c>tier</c> values (docs/vendors/rodin.md §2).</summary>
public static class RodinTiers
{
    public const string Sketch = "Sketch";
    public const string Regular = "Regular";
    public const string Detail = "Detail";
    public const string Smooth = "Smooth";
    public const string Gen2 = "Gen-2";
    public const string Gen25ExtremeLow = "Gen-2.5-Extreme-Low";
    public const string Gen25Low = "Gen-2.5-Low";
    public const string Gen25Medium = "Gen-2.5-Medium";
    public const string Gen25High = "Gen-2.5-High";
    public const string Gen25ExtremeHigh = "Gen-2.5-Extreme-High";

    /// <summary>The vendor's default tier, used when the request names none.</summary>
    public const string Default = Regular;

    public static IReadOnlyList<string> All { get; } =
    [
        Sketch, Regular, Detail, Smooth, Gen2,
        Gen25ExtremeLow, Gen25Low, Gen25Medium, Gen25High, Gen25ExtremeHigh,
    ];

    public static bool IsKnown(string tier) => All.Contains(tier, StringComparer.Ordinal);

    public static RodinTierFamily FamilyOf(string tier) => tier switch
    {
        Sketch or Regular or Detail or Smooth => RodinTierFamily.Gen1,
        Gen2 => RodinTierFamily.Gen2,
        Gen25ExtremeLow or Gen25Low or Gen25Medium or Gen25High or Gen25ExtremeHigh => RodinTierFamily.Gen25,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown Rodin tier."),
    };

    /// <summary>Gen-2.5 tiers with the large face-count range and the <c>creative</c> geometry mode.</summary>
    public static bool IsGen25Upper(string tier) => tier is Gen25High or Gen25ExtremeHigh;
}
