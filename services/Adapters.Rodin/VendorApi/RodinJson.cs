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

    /// <summary>An answer's body as text, and as <typeparamref name="T"/> when it is Rodin's JSON for one.</summary>
    public static Task<(string Text, T? Answer)> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class => VendorAnswerBody.ReadAsync<T>(response, Options, cancellationToken);
}
