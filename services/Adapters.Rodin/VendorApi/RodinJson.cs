using System.Text.Json;

namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>Rodin's JSON: snake_case names, the <c>error</c> field in every answer.</summary>
static class RodinJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
