using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>
/// The values a request settles on once vendor options override the normalized options and vendor
/// defaults fill the gaps, before any tier forcing. Only for requests whose tier is known.
/// </summary>
public sealed record RodinChoices
{
    public required string Tier { get; init; }

    public required RodinTierFamily Family { get; init; }

    public required string MeshMode { get; init; }

    public string? GeometryFileFormat { get; init; }

    public string? Material { get; init; }

    public string? Quality { get; init; }

    public int? QualityOverride { get; init; }

    public static string TierOf(GenerationRequested request, RodinVendorOptions vendorOptions) =>
        vendorOptions.Tier ?? (request.Kind == TaskKind.SketchTo3d ? RodinTiers.Sketch : RodinTiers.Default);

    public static RodinChoices Of(GenerationRequested request, RodinVendorOptions vendorOptions)
    {
        var tier = TierOf(request, vendorOptions);
        var family = RodinTiers.FamilyOf(tier);
        return new RodinChoices
        {
            Tier = tier,
            Family = family,
            MeshMode = vendorOptions.MeshMode
                ?? RodinNormalizedOptions.MeshMode(request.Options.Topology)
                ?? (family == RodinTierFamily.Gen25 ? RodinValues.MeshModeRaw : RodinValues.MeshModeQuad),
            GeometryFileFormat = vendorOptions.GeometryFileFormat ?? RodinNormalizedOptions.GeometryFileFormat(request.Options.OutputFormats),
            Material = vendorOptions.Material ?? RodinNormalizedOptions.Material(request.Options.Texture),
            Quality = vendorOptions.Quality ?? RodinNormalizedOptions.Quality(request.Options.Quality),
            QualityOverride = vendorOptions.QualityOverride ?? request.Options.TargetFaceCount,
        };
    }
}
