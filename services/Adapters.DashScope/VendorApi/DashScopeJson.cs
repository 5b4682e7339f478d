using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>DashScope's JSON: snake_case names; absent fields are left out of requests.</summary>
static class DashScopeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
