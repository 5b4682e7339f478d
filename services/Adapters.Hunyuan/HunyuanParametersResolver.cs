using System.Diagnostics.CodeAnalysis;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// Turns a request into the create call's params: vendor options over the mapped normalized options
/// (targetFaceCount → face_count, texture pbr → enable_pbr, topology → polygon_type), the vendor's defaults
/// said out loud (face_count 500,000, polygon_type triangle, enable_pbr false), and what the generate type ignores left out.
/// </summary>
public static class HunyuanParametersResolver
{
    static readonly HunyuanRequestRules Rules = new();

    /// <summary>Checks the request against <see cref="HunyuanRequestRules"/> and resolves it; false (with errors) when it breaks a rule.</summary>
    public static bool TryResolve(GenerationRequested request, RequestValidationErrors errors, [NotNullWhen(true)] out HunyuanGenerateParameters? parameters) =>
        Rules.TryResolve(request, errors, Resolve, out parameters);

    static HunyuanGenerateParameters Resolve(GenerationRequested request, RequestValidationErrors errors)
    {
        var options = HunyuanVendorOptions.Read(request.VendorOptions, errors);
        var images = HunyuanInputImages.Of(request.Inputs.Images, errors);
        var generateType = HunyuanChoices.GenerateType(request, options);
        return new HunyuanGenerateParameters
        {
            GenerateType = generateType,
            Prompt = string.IsNullOrWhiteSpace(request.Inputs.Prompt) ? null : request.Inputs.Prompt,
            ImageUrl = images.Main?.Url,
            ImageBase64 = options.ImageBase64,
            FaceCount = generateType == HunyuanValues.LowPoly ? null : HunyuanChoices.FaceCount(request, options) ?? HunyuanValues.DefaultFaceCount,
            PolygonType = generateType == HunyuanValues.LowPoly ? HunyuanChoices.PolygonType(request, options) ?? HunyuanValues.Triangle : null,
            EnablePbr = generateType == HunyuanValues.Geometry ? null : HunyuanChoices.EnablePbr(request, options) ?? false,
            MultiViewImages = [.. images.Views.Select(x => new HunyuanViewImage(x.ViewType!, x.Url))],
        };
    }

    /// <summary>The request's images by URL, main first: what the adapter fetches to check before submitting.</summary>
    public static IReadOnlyList<HunyuanImageSlot> ImagesByUrl(GenerationRequested request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return [.. HunyuanInputImages.Of(request.Inputs.Images, new RequestValidationErrors()).All];
    }
}
