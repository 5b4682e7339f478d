using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Aholo;

/// <summary>What Aholo needs of the inputs: many views or a video to reconstruct, a prompt and/or one image to generate.</summary>
static class AholoInputRules
{
    public static void Validate(GenerationRequested request, int minReconstructionImages, RequestValidationErrors errors)
    {
        var inputs = request.Inputs;
        var images = inputs.Images.Count;
        if (AholoFlows.Of(request.Kind) == AholoFlow.Reconstruction)
        {
            if (inputs.Videos.Count == 0 && images < minReconstructionImages)
            {
                errors.Add("inputs.images", $"Reconstruction needs at least {minReconstructionImages} image(s) or a video ({images} images given).");
            }

            if (!string.IsNullOrWhiteSpace(inputs.Prompt))
            {
                errors.Add("inputs.prompt", "Reconstruction takes no prompt.");
            }
        }
        else
        {
            ValidateGeneration(request.Kind, inputs, errors);
        }

        for (var i = 0; i < images; i++)
        {
            ValidateSource(inputs.Images[i].Url, inputs.Images[i].FileReference, $"inputs.images[{i}]", AholoValues.ImageExtensions, errors);
        }

        for (var i = 0; i < inputs.Videos.Count; i++)
        {
            ValidateSource(inputs.Videos[i].Url, inputs.Videos[i].FileReference, $"inputs.videos[{i}]", AholoValues.VideoExtensions, errors);
        }
    }

    static void ValidateGeneration(TaskKind kind, GenerationInputs inputs, RequestValidationErrors errors)
    {
        if (inputs.Videos.Count > 0)
        {
            errors.Add("inputs.videos", "Generation takes no video.");
        }

        if (kind == TaskKind.TextTo3d)
        {
            if (string.IsNullOrWhiteSpace(inputs.Prompt))
            {
                errors.Add("inputs.prompt", "Text-to-3D needs a prompt.");
            }

            if (inputs.Images.Count > 0)
            {
                errors.Add("inputs.images", "Text-to-3D takes no image: ask for image-to-3d (one image, prompt optional).");
            }
        }
        else if (inputs.Images.Count != AholoValues.MaxGenerationImages)
        {
            errors.Add("inputs.images", $"Image-to-3D takes exactly one image (create-3d-gen takes at most {AholoValues.MaxGenerationImages}); {inputs.Images.Count} given.");
        }
    }

    static void ValidateSource(string? url, string? fileReference, string field, IReadOnlyList<string> extensions, RequestValidationErrors errors)
    {
        if (fileReference is not null)
        {
            errors.Add($"{field}.fileReference", "The Aholo adapter takes inputs by URL only for now.");
            return;
        }

        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && Path.GetExtension(uri.AbsolutePath) is { Length: > 0 } extension
            && !extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{field}.url", $"Aholo takes {string.Join(", ", extensions)} here, not {extension}.");
        }
    }
}
