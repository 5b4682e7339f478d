using System.Text.Json.Nodes;
using Refit;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>SeaArt's paid call (docs/vendors/hunyuan.md §4). Its client has no retry: a create is never sent twice.</summary>
[Headers("Accept: application/json")]
interface ISeaArtApi
{
    /// <summary><c>POST v1/generation</c>.</summary>
    [Post("/v1/generation")]
    Task<HttpResponseMessage> CreateAsync([Body] JsonObject body, [Authorize("Bearer")] string apiKey, CancellationToken cancellationToken);
}
