using System.Text.Json;
using System.Text.Json.Serialization;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using Refit;

namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>DashScope's JSON: snake_case names; absent fields are left out of requests.</summary>
static class DashScopeJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The settings <see cref="IDashScopeApi"/> and <see cref="IDashScopeTaskApi"/> are generated with.</summary>
    public static RefitSettings ApiSettings { get; } = VendorApiSettings.Create("DashScope", Options);

    /// <summary>An answer's body as text, and as <typeparamref name="T"/> when it is DashScope's JSON for one.</summary>
    public static Task<(string Text, T? Answer)> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class => VendorAnswerBody.ReadAsync<T>(response, Options, cancellationToken);
}
