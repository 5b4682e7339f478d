using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>Rules of the normalized and vendor options: what each create call takes, and what Gaussian splats cannot be.</summary>
static class AholoOptionRules
{
    public static IReadOnlyList<AssetFormat> ReconstructionFormats { get; } = [AssetFormat.Ply, AssetFormat.Spz, AssetFormat.Sog];

    public static IReadOnlyList<AssetFormat> GenerationFormats { get; } = [AssetFormat.Ply, AssetFormat.Spz];

    public static void Validate(GenerationRequested request, AholoVendorOptions vendor, RequestValidationErrors errors)
    {
        var options = request.Options;
        SplatsOnly(options, errors);

        if (vendor.ProjectName is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > AholoValues.MaxProjectNameLength))
        {
            errors.Add("vendorOptions.projectName", $"Must be 1 to {AholoValues.MaxProjectNameLength} characters, not blank.");
        }

        if (AholoFlows.Of(request.Kind) == AholoFlow.Reconstruction)
        {
            Reconstruction(options, vendor, errors);
        }
        else
        {
            Generation(options, vendor, errors);
        }
    }

    static void Reconstruction(GenerationOptions options, AholoVendorOptions vendor, RequestValidationErrors errors)
    {
        if (vendor.Quality is { } quality)
        {
            if (!AholoValues.Qualities.Contains(quality, StringComparer.Ordinal))
            {
                errors.Add("vendorOptions.quality", $"'{quality}' is not one of {string.Join(", ", AholoValues.Qualities)}.");
            }
            else if (AholoValues.TaskQuality(options.Quality) is { } mapped && mapped != quality)
            {
                errors.Add("vendorOptions.quality", $"Contradicts options.quality ({mapped}).");
            }
        }

        if (vendor.AccessLevel is { } level && !AholoValues.AccessLevels.Contains(level))
        {
            errors.Add("vendorOptions.accessLevel", "Must be 0 (public) or 1 (private).");
        }

        Formats(options, ReconstructionFormats, "Reconstruction delivers ply, spz and (with uploadSog) sog.", errors);
        if (vendor.UploadSog == false && options.OutputFormats.Contains(AssetFormat.Sog))
        {
            errors.Add("vendorOptions.uploadSog", "Contradicts options.outputFormats, which asks for sog.");
        }
    }

    static void Generation(GenerationOptions options, AholoVendorOptions vendor, RequestValidationErrors errors)
    {
        NotForGeneration(vendor.Quality, "quality", errors);
        NotForGeneration(vendor.AccessLevel, "accessLevel", errors);
        NotForGeneration(vendor.UploadSog, "uploadSog", errors);
        NotForGeneration(vendor.Panorama, "panorama", errors);
        if (options.Quality is not null)
        {
            errors.Add("options.quality", "Aholo generation has no quality setting (create-3d-gen takes a prompt and/or one image).");
        }

        Formats(options, GenerationFormats, "Generation delivers ply and spz.", errors);
    }

    static void SplatsOnly(GenerationOptions options, RequestValidationErrors errors)
    {
        const string Splats = "Aholo makes Gaussian splats";
        if (options.TargetFaceCount is not null)
        {
            errors.Add("options.targetFaceCount", $"{Splats}, which have no faces.");
        }

        if (options.Texture is not null)
        {
            errors.Add("options.texture", $"{Splats}, which have no texture setting.");
        }

        if (options.Topology is not null)
        {
            errors.Add("options.topology", $"{Splats}, which have no mesh topology.");
        }

        if (options.Style is not null)
        {
            errors.Add("options.style", "Aholo has no styles.");
        }
    }

    static void Formats(GenerationOptions options, IReadOnlyList<AssetFormat> allowed, string message, RequestValidationErrors errors)
    {
        if (options.OutputFormats.Any(format => !allowed.Contains(format)))
        {
            errors.Add("options.outputFormats", message);
        }
    }

    static void NotForGeneration(object? value, string key, RequestValidationErrors errors)
    {
        if (value is not null)
        {
            errors.Add($"vendorOptions.{key}", "Only for reconstruction: create-3d-gen takes no such field.");
        }
    }
}
