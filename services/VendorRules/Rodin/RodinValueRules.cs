using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>Rules that hold whatever the tier: allowed values and ranges of single options.</summary>
static class RodinValueRules
{
    public const int MaxSeed = 65_535;

    public static void Validate(RodinVendorOptions options, RequestValidationErrors errors)
    {
        OneOf(options.Tier, RodinTiers.All, "vendorOptions.tier", errors);
        OneOf(options.GeometryFileFormat, RodinValues.GeometryFileFormats, "vendorOptions.geometryFileFormat", errors);
        OneOf(options.Material, RodinValues.Materials, "vendorOptions.material", errors);
        OneOf(options.Quality, RodinValues.Qualities, "vendorOptions.quality", errors);
        OneOf(options.MeshMode, RodinValues.MeshModes, "vendorOptions.meshMode", errors);
        OneOf(options.TextureMode, RodinValues.TextureModes, "vendorOptions.textureMode", errors);
        OneOf(options.GeometryInstructMode, RodinValues.GeometryInstructModes, "vendorOptions.geometryInstructMode", errors);
        OneOf(options.ConditionMode, RodinValues.ConditionModes, "vendorOptions.conditionMode", errors);

        if (options.Seed is < 0 or > MaxSeed)
        {
            errors.Add("vendorOptions.seed", $"The seed is 0 to {MaxSeed}.");
        }

        if (options.QualityOverride is <= 0)
        {
            errors.Add("vendorOptions.qualityOverride", "The face count must be positive.");
        }

        if (options.BboxCondition is { } bbox && (bbox.Count != 3 || bbox.Any(x => x <= 0)))
        {
            errors.Add("vendorOptions.bboxCondition", "The bounding box is three positive integers: width (Y), height (Z), length (X).");
        }

        if (options.Addons is { } addons)
        {
            AllOf(addons, RodinValues.Addons, "vendorOptions.addons", errors);
        }

        if (options.ImageLabels is { } labels)
        {
            AllOf(labels, RodinValues.ImageLabels, "vendorOptions.imageLabels", errors, allowRepeats: true);
        }
    }

    public static void Validate(GenerationOptions options, RequestValidationErrors errors)
    {
        if (options.Quality == Quality.Ultra)
        {
            errors.Add("options.quality", "Rodin has no ultra quality: use high, or vendorOptions.qualityOverride for a face count.");
        }

        if (options.TargetFaceCount is <= 0)
        {
            errors.Add("options.targetFaceCount", "The face count must be positive.");
        }

        var unsupported = options.OutputFormats
            .Where(x => !RodinNormalizedOptions.ModelFormats.Contains(x) && !RodinNormalizedOptions.OtherFormats.Contains(x))
            .Distinct()
            .ToList();
        if (unsupported.Count > 0)
        {
            errors.Add("options.outputFormats", $"Rodin cannot deliver {string.Join(", ", unsupported)}.");
        }

        if (options.OutputFormats.Where(RodinNormalizedOptions.ModelFormats.Contains).Distinct().Count() > 1)
        {
            errors.Add("options.outputFormats", "Rodin makes one model format per generation: ask for at most one of glb, usdz, fbx, obj, stl.");
        }

        if (options.Style is not null)
        {
            errors.Add("options.style", "Rodin has no styles.");
        }
    }

    static void OneOf(string? value, IReadOnlyList<string> allowed, string field, RequestValidationErrors errors)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(field, $"'{value}' is not one of {string.Join(", ", allowed)}.");
        }
    }

    static void AllOf(IReadOnlyList<string> values, IReadOnlyList<string> allowed, string field, RequestValidationErrors errors, bool allowRepeats = false)
    {
        foreach (var value in values.Where(x => !allowed.Contains(x, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            errors.Add(field, $"'{value}' is not one of {string.Join(", ", allowed)}.");
        }

        if (!allowRepeats && values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            errors.Add(field, "A value is repeated.");
        }
    }
}
