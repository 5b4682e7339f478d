using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>SeaArt's JSON: snake_case names (except <c>jobId</c> and Tencent's pass-through fields), numbers sometimes sent as strings.</summary>
static class SeaArtJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
