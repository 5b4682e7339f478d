using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.DashScope;

/// <summary>The one input <c>motionshop-gen3d</c> takes: <c>input.image_url</c>, a photo DashScope downloads over HTTP(S).</summary>
static class DashScopeInputRules
{
    public static void Validate(GenerationInputs inputs, RequestValidationErrors errors)
    {
        if (inputs.Images.Count != 1)
        {
            errors.Add("inputs.images", $"{DashScopeRequestRules.Model} takes exactly one photo of a person; {inputs.Images.Count} given.");
        }

        for (var i = 0; i < inputs.Images.Count; i++)
        {
            var image = inputs.Images[i];
            if (image.FileReference is not null)
            {
                errors.Add($"inputs.images[{i}].fileReference", "DashScope takes the photo by http(s) URL only; it cannot read gateway files.");
            }
            else if (!IsHttpUrl(image.Url))
            {
                errors.Add($"inputs.images[{i}].url", "Must be an absolute http or https URL: DashScope downloads the photo itself and takes no local files.");
            }
        }

        if (!string.IsNullOrWhiteSpace(inputs.Prompt))
        {
            errors.Add("inputs.prompt", $"{DashScopeRequestRules.Model} takes no prompt: the character comes from the photo alone.");
        }

        if (inputs.Videos.Count > 0)
        {
            errors.Add("inputs.videos", $"{DashScopeRequestRules.Model} takes no videos.");
        }
    }

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
