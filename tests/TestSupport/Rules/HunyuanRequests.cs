using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.TestSupport.Rules;

/// <summary>Hunyuan requests for the tests: valid unless a test breaks them on purpose.</summary>
public static class HunyuanRequests
{
    public const string Prompt = "a carved wooden owl";

    /// <summary>A 512×512 PNG the adapter tests' image host serves (its path says the size).</summary>
    public static readonly string MainImage = ImageUrl("front/512x512.png");

    public static GenerationRequested Text(string? vendorOptions = null, GenerationOptions? options = null, string? prompt = Prompt) =>
        Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = prompt }, vendorOptions, options);

    public static GenerationRequested Image(string? vendorOptions = null, GenerationOptions? options = null, string? url = null) =>
        Create(TaskKind.ImageTo3d, new GenerationInputs { Images = [new InputImage { Url = url ?? MainImage }] }, vendorOptions, options);

    public static GenerationRequested Base64Image(byte[] image, string? extraVendorOptions = null) =>
        Create(TaskKind.ImageTo3d, new GenerationInputs(), $$"""{"imageBase64":"{{Convert.ToBase64String(image)}}"{{extraVendorOptions}}}""");

    public static GenerationRequested MultiView(params (string? View, string Url)[] images) => MultiView(null, images);

    public static GenerationRequested MultiView(string? vendorOptions, params (string? View, string Url)[] images) =>
        Create(TaskKind.MultiViewTo3d, new GenerationInputs { Images = [.. images.Select(x => new InputImage { Url = x.Url, View = x.View })] }, vendorOptions);

    public static GenerationRequested Sketch(string? prompt = "a cartoon rocket", string? url = null, string? vendorOptions = null) =>
        Create(TaskKind.SketchTo3d, new GenerationInputs { Prompt = prompt, Images = url is null ? [] : [new InputImage { Url = url }] }, vendorOptions);

    public static GenerationRequested Create(TaskKind kind, GenerationInputs inputs, string? vendorOptions = null, GenerationOptions? options = null) =>
        VendorRequests.Create(HunyuanRequestRules.Key, kind, inputs, vendorOptions, options);

    public static JsonElement Json(string json) => VendorRequests.Json(json);

    /// <summary>An image URL on the adapter tests' image host (<c>images.test</c>), whose path says what it serves.</summary>
    public static string ImageUrl(string path) => $"https://images.test/{path}";
}
