using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>Rules that depend on the tier and mesh mode the request settles on.</summary>
static class RodinTierRules
{
    const string Gen1Tiers = "Gen-1/1.5 tiers (Sketch, Regular, Detail, Smooth)";

    public static void Validate(GenerationRequested request, RodinVendorOptions options, RequestValidationErrors errors)
    {
        var choices = RodinChoices.Of(request, options);

        if (request.Kind == TaskKind.SketchTo3d && choices.Tier != RodinTiers.Sketch)
        {
            errors.Add("vendorOptions.tier", "Sketch-to-3D runs on the Sketch tier.");
        }

        FamilyOnly(choices, options, errors);
        Gen25Values(request, choices, options, errors);
        FaceCounts(choices, options, request.Options, errors);
        GeometryFormat(choices, options, request.Options, errors);

        if (options.ConditionMode is not null && request.Inputs.Images.Count < 2)
        {
            errors.Add("vendorOptions.conditionMode", "The condition mode applies to several images only.");
        }
    }

    static void FamilyOnly(RodinChoices choices, RodinVendorOptions options, RequestValidationErrors errors)
    {
        if (choices.Family != RodinTierFamily.Gen25)
        {
            NotOnTier(options.TextureDelight, "textureDelight", "Gen-2.5 tiers", errors);
            NotOnTier(options.TextureMode, "textureMode", "Gen-2.5 tiers", errors);
            NotOnTier(options.GeometryInstructMode, "geometryInstructMode", "Gen-2.5 tiers", errors);
            NotOnTier(options.IsMicro, "isMicro", "Gen-2.5 tiers", errors);
            NotOnTier(options.ImageLabels, "imageLabels", "Gen-2.5 tiers", errors);
        }

        if (choices.Family == RodinTierFamily.Gen1)
        {
            NotOnTier(options.HdTexture, "hdTexture", "Gen-2 and Gen-2.5 tiers", errors);
            if (options.MeshSimplify is not null && choices.MeshMode != RodinValues.MeshModeRaw)
            {
                errors.Add("vendorOptions.meshSimplify", "Mesh simplification applies to the Raw mesh mode only.");
            }

            if (options.MeshSmooth is not null && choices.MeshMode != RodinValues.MeshModeQuad)
            {
                errors.Add("vendorOptions.meshSmooth", "Mesh smoothing applies to the Quad mesh mode only.");
            }
        }
        else
        {
            NotOnTier(options.ConditionMode, "conditionMode", Gen1Tiers, errors);
            NotOnTier(options.MeshSimplify, "meshSimplify", Gen1Tiers, errors);
            NotOnTier(options.MeshSmooth, "meshSmooth", Gen1Tiers, errors);
        }
    }

    static void Gen25Values(GenerationRequested request, RodinChoices choices, RodinVendorOptions options, RequestValidationErrors errors)
    {
        if (choices.Family != RodinTierFamily.Gen25)
        {
            return;
        }

        if (options.IsMicro == true && choices.Tier != RodinTiers.Gen25ExtremeHigh)
        {
            errors.Add("vendorOptions.isMicro", $"Micro mode is only on {RodinTiers.Gen25ExtremeHigh}.");
        }

        if (options.GeometryInstructMode == RodinValues.GeometryCreative
            && choices.Tier is not (RodinTiers.Gen25Medium or RodinTiers.Gen25High or RodinTiers.Gen25ExtremeHigh))
        {
            errors.Add("vendorOptions.geometryInstructMode", "The creative geometry mode is only on Gen-2.5-Medium, Gen-2.5-High and Gen-2.5-Extreme-High.");
        }

        if (choices.Material == RodinValues.MaterialNone)
        {
            errors.Add(options.Material is null ? "options.texture" : "vendorOptions.material", "Gen-2.5 tiers always texture: material None is not available.");
        }

        if (options.ImageLabels is { } labels && labels.Count != request.Inputs.Images.Count)
        {
            errors.Add("vendorOptions.imageLabels", $"Give one label per image ({request.Inputs.Images.Count}).");
        }
    }

    static void FaceCounts(RodinChoices choices, RodinVendorOptions options, GenerationOptions normalized, RequestValidationErrors errors)
    {
        var range = RodinFaceCountRange.For(choices.Tier, choices.MeshMode);
        var message = $"{choices.Tier} with mesh mode {choices.MeshMode} takes {range} faces.";
        if (options.QualityOverride is > 0 and var faces && !range.Contains(faces))
        {
            errors.Add("vendorOptions.qualityOverride", message);
        }

        if (options.QualityOverride is null && normalized.TargetFaceCount is > 0 and var target && !range.Contains(target))
        {
            errors.Add("options.targetFaceCount", message);
        }
    }

    static void GeometryFormat(RodinChoices choices, RodinVendorOptions options, GenerationOptions normalized, RequestValidationErrors errors)
    {
        var asked = RodinNormalizedOptions.GeometryFileFormat(normalized.OutputFormats);
        if (options.GeometryFileFormat is { } format && asked is not null && format != asked)
        {
            errors.Add("vendorOptions.geometryFileFormat", $"Contradicts options.outputFormats ({asked}).");
        }

        if (choices.Tier == RodinTiers.Sketch && choices.GeometryFileFormat is { } chosen && chosen != RodinValues.FormatGlb)
        {
            errors.Add(options.GeometryFileFormat is null ? "options.outputFormats" : "vendorOptions.geometryFileFormat", "The Sketch tier delivers glb only.");
        }
    }

    static void NotOnTier(object? value, string key, string tiers, RequestValidationErrors errors)
    {
        if (value is not null)
        {
            errors.Add($"vendorOptions.{key}", $"Only available on {tiers}.");
        }
    }
}
