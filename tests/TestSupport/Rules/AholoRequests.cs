using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.TestSupport.Rules;

/// <summary>Requests for the rule tests: valid unless a test breaks them on purpose.</summary>
public static class AholoRequests
{
    public static GenerationRequested Scene(int images = 20, string? vendorOptions = null, GenerationOptions? options = null) =>
        Create(TaskKind.SceneReconstruction, new GenerationInputs { Images = Images(images) }, vendorOptions, options);

    public static GenerationRequested ObjectCapture(int images = 20, string? vendorOptions = null, GenerationOptions? options = null) =>
        Create(TaskKind.ObjectReconstruction, new GenerationInputs { Images = Images(images) }, vendorOptions, options);

    public static GenerationRequested Video(string name = "walk.mp4", string? vendorOptions = null) =>
        Create(TaskKind.SceneReconstruction, new GenerationInputs { Videos = [new InputVideo { Url = $"https://inputs.test/{name}" }] }, vendorOptions);

    public static GenerationRequested Text(string? prompt = "a sunlit loft", string? vendorOptions = null, GenerationOptions? options = null) =>
        Create(TaskKind.TextTo3d, new GenerationInputs { Prompt = prompt }, vendorOptions, options);

    public static GenerationRequested Image(string? prompt = null, string? vendorOptions = null, GenerationOptions? options = null) =>
        Create(TaskKind.ImageTo3d, new GenerationInputs { Prompt = prompt, Images = Images(1) }, vendorOptions, options);

    public static GenerationRequested Create(TaskKind kind, GenerationInputs inputs, string? vendorOptions = null, GenerationOptions? options = null) =>
        VendorRequests.Create(AholoRequestRules.Key, kind, inputs, vendorOptions, options);

    public static IReadOnlyList<InputImage> Images(int count, string prefix = "view") =>
        [.. Enumerable.Range(0, count).Select(i => new InputImage { Url = $"https://inputs.test/{prefix}{i}.png" })];

    public static JsonElement Json(string json) => VendorRequests.Json(json);
}
