using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Rodin;

/// <summary>What Rodin needs of the inputs: the mode follows from the number of images.</summary>
static class RodinInputRules
{
    public const int MaxImages = 5;
    public const int MaxPromptLength = 1024;

    public static void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        var inputs = request.Inputs;
        var images = inputs.Images.Count;

        if (request.Kind == TaskKind.TextTo3d)
        {
            if (string.IsNullOrWhiteSpace(inputs.Prompt))
            {
                errors.Add("inputs.prompt", "Text-to-3D needs a prompt.");
            }

            if (images > 0)
            {
                errors.Add("inputs.images", "Text-to-3D takes no images: Rodin reads any attached image as image-to-3D.");
            }
        }

        var imageRule = request.Kind switch
        {
            TaskKind.ImageTo3d when images != 1 => "Image-to-3D takes exactly one image.",
            TaskKind.MultiViewTo3d when images is < 2 or > MaxImages => $"Multi-view-to-3D takes 2 to {MaxImages} images.",
            TaskKind.SketchTo3d when images is < 1 or > MaxImages => $"Sketch-to-3D takes 1 to {MaxImages} images.",
            _ => null,
        };
        if (imageRule is not null)
        {
            errors.Add("inputs.images", imageRule);
        }

        if (inputs.Prompt is { Length: > MaxPromptLength })
        {
            errors.Add("inputs.prompt", $"Rodin takes at most {MaxPromptLength} characters of prompt.");
        }

        if (inputs.Videos.Count > 0)
        {
            errors.Add("inputs.videos", "Rodin takes no videos.");
        }

        for (var i = 0; i < images; i++)
        {
            if (inputs.Images[i].FileReference is not null)
            {
                errors.Add($"inputs.images[{i}].fileReference", "The Rodin adapter takes images by URL only for now.");
            }
        }
    }
}
