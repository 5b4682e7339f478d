using System.Text.Json;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>The portrait API's JSON: snake_case names.</summary>
static class PortraitJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
