using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.TestSupport.Rules;

/// <summary>Requests for the rule tests: valid unless a test breaks them on purpose.</summary>
public static class RodinRequests
{
    public static GenerationRequested Text(string? vendorOptions = null, GenerationOptions? options = null, string prompt = "a wooden chair") =>
        Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = prompt }, vendorOptions, options);

    public static GenerationRequested Images(TaskKind kind, int count, string? vendorOptions = null, GenerationOptions? options = null) =>
        Create(kind, new GenerationInputs { Images = ImageList(count) }, vendorOptions, options);

    public static GenerationRequested Image(string? vendorOptions = null, GenerationOptions? options = null) =>
        Images(TaskKind.ImageTo3d, 1, vendorOptions, options);

    public static GenerationRequested MultiView(int count, string? vendorOptions = null) =>
        Images(TaskKind.MultiViewTo3d, count, vendorOptions);

    public static GenerationRequested Create(TaskKind kind, GenerationInputs inputs, string? vendorOptions = null, GenerationOptions? options = null) =>
        VendorRequests.Create(RodinRequestRules.Key, kind, inputs, vendorOptions, options);

    public static IReadOnlyList<InputImage> ImageList(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new InputImage { Url = $"https://images.test/view{i}.png" })];

    public static JsonElement Json(string json) => VendorRequests.Json(json);
}
