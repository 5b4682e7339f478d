using System.Text;
using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// What Hunyuan needs of the inputs (seed 001): exactly one of prompt / image_url / image_base64 for Normal,
/// LowPoly and Geometry; a prompt and one image for Sketch, which takes no multi-view images; at most 1024
/// characters of prompt; image formats and sizes as far as the request shows them (a base64 image entirely,
/// an image URL by its extension; the adapter checks downloaded bytes before the paid submit).
/// </summary>
static class HunyuanInputRules
{
    const string ImageBase64Field = "vendorOptions.imageBase64";

    public static void Validate(GenerationRequested request, HunyuanVendorOptions options, RequestValidationErrors errors)
    {
        var inputs = request.Inputs;
        if (inputs.Videos.Count > 0)
        {
            errors.Add("inputs.videos", "Hunyuan 3D Pro takes no videos.");
        }

        if (inputs.Prompt is { } prompt && prompt.EnumerateRunes().Count() > HunyuanValues.MaxPromptCharacters)
        {
            errors.Add("inputs.prompt", $"Hunyuan takes at most {HunyuanValues.MaxPromptCharacters} characters of prompt.");
        }

        var images = HunyuanInputImages.Of(inputs.Images, errors);
        foreach (var slot in images.All)
        {
            if (Uri.TryCreate(slot.Url, UriKind.Absolute, out var url) && HunyuanImageLimits.CheckExtension(url, slot.IsView) is { } problem)
            {
                errors.Add($"{slot.Field}.url", problem);
            }
        }

        if (options.ImageBase64 is { } base64)
        {
            ValidateBase64(base64, errors);
        }

        var generateType = HunyuanChoices.GenerateType(request, options);
        if (generateType == HunyuanValues.Sketch)
        {
            Sketch(inputs, images, options, errors);
        }
        else
        {
            SingleSource(request.Kind, generateType, inputs, images, options, errors);
        }
    }

    /// <summary>The image bytes are in the request: every image limit is checked here, at intake.</summary>
    static void ValidateBase64(string base64, RequestValidationErrors errors)
    {
        if (base64.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(ImageBase64Field, "Give the raw base64 of the image, without a data: URI prefix.");
            return;
        }

        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var length))
        {
            errors.Add(ImageBase64Field, "Not valid base64.");
            return;
        }

        if (HunyuanImageLimits.Check(buffer.AsSpan(0, length), isView: false) is { } problem)
        {
            errors.Add(ImageBase64Field, problem);
        }
    }

    static void Sketch(GenerationInputs inputs, HunyuanInputImages images, HunyuanVendorOptions options, RequestValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(inputs.Prompt))
        {
            errors.Add("inputs.prompt", "Sketch needs a prompt together with the sketch image.");
        }

        if ((images.Main is null ? 0 : 1) + (options.ImageBase64 is null ? 0 : 1) != 1)
        {
            errors.Add("inputs.images", "Sketch needs exactly one sketch image: one image URL or vendorOptions.imageBase64.");
        }

        if (images.Views.Count > 0)
        {
            errors.Add("inputs.images", "Sketch takes no multi-view images.");
        }
    }

    static void SingleSource(TaskKind kind, string generateType, GenerationInputs inputs, HunyuanInputImages images, HunyuanVendorOptions options, RequestValidationErrors errors)
    {
        var hasPrompt = !string.IsNullOrWhiteSpace(inputs.Prompt);
        var sources = (hasPrompt ? 1 : 0) + (images.Main is null ? 0 : 1) + (options.ImageBase64 is null ? 0 : 1);
        if (sources != 1)
        {
            errors.Add("inputs", new StringBuilder()
                .Append(generateType).Append(" takes exactly one of a prompt, a main image URL (inputs.images) and vendorOptions.imageBase64; ")
                .Append("this request gives ").Append(sources).Append('.').ToString());
            return;
        }

        switch (kind)
        {
            case TaskKind.TextTo3d when !hasPrompt:
                errors.Add("inputs.prompt", "Text-to-3D needs a prompt.");
                break;
            case TaskKind.TextTo3d when images.Views.Count > 0:
                errors.Add("inputs.images", "Text-to-3D takes no images.");
                break;
            case TaskKind.ImageTo3d or TaskKind.MultiViewTo3d when hasPrompt:
                errors.Add("inputs.images", "An image request needs its main image (an image URL or vendorOptions.imageBase64), not a prompt.");
                break;
            case TaskKind.ImageTo3d when images.Views.Count > 0:
                errors.Add("inputs.images", "Image-to-3D takes one image: send extra views as multi-view-to-3d.");
                break;
            case TaskKind.MultiViewTo3d when images.Views.Count == 0:
                errors.Add("inputs.images", $"Multi-view-to-3D needs at least one image labelled with its view ({string.Join(", ", HunyuanValues.ViewTypes)}).");
                break;
        }
    }
}
