using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.VendorSim.Rodin.Responses;

/// <summary>Rodin's wire format: snake_case names, nulls written (<c>"error": null</c> on success).</summary>
public static class RodinJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
