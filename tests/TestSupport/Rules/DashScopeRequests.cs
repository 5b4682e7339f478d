using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.DashScope;

namespace GenerationGateway.TestSupport.Rules;

/// <summary>motionshop-gen3d requests: valid unless a test breaks them on purpose.</summary>
public static class DashScopeRequests
{
    public const string PhotoUrl = "https://images.test/person.jpg";

    public static GenerationRequested Photo(string url = PhotoUrl) =>
        Create(new GenerationInputs { Images = [new InputImage { Url = url }] });

    public static GenerationRequested Create(
        GenerationInputs inputs, GenerationOptions? options = null, string? vendorOptions = null, TaskKind kind = TaskKind.CharacterFromPhoto) =>
        VendorRequests.Create(DashScopeRequestRules.Key, kind, inputs, vendorOptions, options);

    public static JsonElement Json(string json) => VendorRequests.Json(json);
}
