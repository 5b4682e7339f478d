using System.Text.Json;
using System.Text.Json.Serialization;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using Refit;

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

    /// <summary>The settings <see cref="ISeaArtApi"/> and <see cref="ISeaArtTaskApi"/> are generated with.</summary>
    public static RefitSettings ApiSettings { get; } = VendorApiSettings.Create("SeaArt", Options);

    /// <summary>An answer's body as text, and as <typeparamref name="T"/> when it is SeaArt's JSON for one.</summary>
    public static Task<(string Text, T? Answer)> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class => VendorAnswerBody.ReadAsync<T>(response, Options, cancellationToken);
}
