namespace GenerationGateway.VendorRules.Rodin;

/// <summary>The face counts <c>quality_override</c> accepts for a tier and mesh mode (docs/vendors/rodin.md §2).</summary>
public readonly record struct RodinFaceCountRange(int Min, int Max)
{
    public bool Contains(int faces) => faces >= Min && faces <= Max;

    public static RodinFaceCountRange For(string tier, string meshMode) => RodinTiers.FamilyOf(tier) switch
    {
        RodinTierFamily.Gen1 => new(2_000, 200_000),
        // Quad ranges of Gen-2.5 are undocumented: Gen-2's are assumed.
        _ when meshMode == RodinValues.MeshModeQuad => new(1_000, 200_000),
        RodinTierFamily.Gen25 when RodinTiers.IsGen25Upper(tier) => new(20_000, 2_000_000),
        _ => new(500, 1_000_000),
    };

    public override string ToString() => $"{Min:N0} to {Max:N0}";
}
