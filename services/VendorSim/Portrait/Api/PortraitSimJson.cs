using System.Text.Json;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>The portrait API's wire format: snake_case names (<c>task_id</c>, <c>tsk_type</c>, <c>result_paths</c>).</summary>
public static class PortraitSimJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
