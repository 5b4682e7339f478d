using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Portrait;

/// <summary>The normalized options: a style is required, and nothing else can be honoured by the portrait API.</summary>
static class PortraitOptionRules
{
    public static void Validate(GenerationOptions options, RequestValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(options.Style))
        {
            errors.Add("options.style", "Required: a style id from GET /v1/vendors/portrait/styles.");
        }
        else if (options.Style.Length > PortraitLimits.MaxStyleLength)
        {
            errors.Add("options.style", $"Must be at most {PortraitLimits.MaxStyleLength} characters.");
        }

        const string NotHonoured = "The portrait API has no such setting; the style decides the photos.";
        if (options.Quality is not null)
        {
            errors.Add("options.quality", NotHonoured);
        }

        if (options.TargetFaceCount is not null)
        {
            errors.Add("options.targetFaceCount", NotHonoured);
        }

        if (options.OutputFormats.Count > 0)
        {
            errors.Add("options.outputFormats", NotHonoured);
        }

        if (options.Texture is not null)
        {
            errors.Add("options.texture", NotHonoured);
        }

        if (options.Topology is not null)
        {
            errors.Add("options.topology", NotHonoured);
        }
    }
}
