using System.Text.Json;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using Refit;

namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>Rodin's JSON: snake_case names, the <c>error</c> field in every answer.</summary>
static class RodinJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The settings <see cref="IRodinApi"/> and <see cref="IRodinReadApi"/> are generated with.</summary>
    public static RefitSettings ApiSettings { get; } = VendorApiSettings.Create("Rodin", Options);
}
