namespace GenerationGateway.VendorSim.Rodin.Generate;

/// <summary>A valid <c>POST /rodin</c> request with the tier-dependent forcing applied (docs/vendors/rodin.md §7 note 1).</summary>
public sealed record RodinGenerateRequest
{
    public string? Prompt { get; init; }

    public required int ImageCount { get; init; }

    public required string Tier { get; init; }

    public required string GeometryFileFormat { get; init; }

    public required string Material { get; init; }

    public required string Quality { get; init; }

    public required string MeshMode { get; init; }

    public required IReadOnlyList<string> Addons { get; init; }

    /// <summary>0.5 credit; 1.0 on Gen-2.5-Extreme-High; HighPack adds 1 (docs/vendors/rodin.md §6).</summary>
    public decimal Cost =>
        (Tier == RodinParameterValues.Gen25ExtremeHigh ? 1.0m : 0.5m) + (Addons.Contains(RodinParameterValues.HighPack) ? 1m : 0m);
}
