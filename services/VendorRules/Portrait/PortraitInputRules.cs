using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Portrait;

/// <summary>What the portrait API needs of the inputs: whose portrait it is, and the photos to train on.</summary>
static class PortraitInputRules
{
    public static void Validate(GenerationInputs inputs, PortraitVendorOptions options, RequestValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(inputs.SubjectReference))
        {
            errors.Add("inputs.subjectReference", "Required: your reference for the person portrayed; a trained model is reused for it.");
        }
        else if (inputs.SubjectReference.Length > PortraitLimits.MaxSubjectReferenceLength)
        {
            errors.Add("inputs.subjectReference", $"Must be at most {PortraitLimits.MaxSubjectReferenceLength} characters.");
        }

        var images = inputs.Images.Count;
        var reuse = options.ReuseTrainedModel == true;
        if (images is < PortraitLimits.MinTrainingImages or > PortraitLimits.MaxTrainingImages && !(reuse && images == 0))
        {
            var range = $"{PortraitLimits.MinTrainingImages} to {PortraitLimits.MaxTrainingImages}";
            errors.Add("inputs.images", reuse
                ? $"Give no photos (to reuse the subject's trained model) or {range} photos of the person to train on."
                : $"The portrait API trains on {range} photos of the person; set vendorOptions.reuseTrainedModel to send none for a subject already trained.");
        }

        for (var i = 0; i < images; i++)
        {
            if (inputs.Images[i].FileReference is not null)
            {
                errors.Add($"inputs.images[{i}].fileReference", "The portrait adapter takes photos by URL only for now.");
            }
        }

        if (!string.IsNullOrEmpty(inputs.Prompt))
        {
            errors.Add("inputs.prompt", "The portrait API takes no prompt: choose a style (options.style).");
        }

        if (inputs.Videos.Count > 0)
        {
            errors.Add("inputs.videos", "The portrait API takes no videos.");
        }
    }
}
