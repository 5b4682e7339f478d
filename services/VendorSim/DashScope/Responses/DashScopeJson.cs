using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary>DashScope's wire format: snake_case names; fields that do not apply are left out.</summary>
public static class DashScopeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
