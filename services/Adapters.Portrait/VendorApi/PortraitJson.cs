using System.Text.Json;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using Refit;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>The portrait API's JSON: snake_case names.</summary>
static class PortraitJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The settings <see cref="IPortraitApi"/> and <see cref="IPortraitReadApi"/> are generated with.</summary>
    public static RefitSettings ApiSettings { get; } = VendorApiSettings.Create("Portrait", Options);
}
