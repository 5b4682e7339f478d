using Refit;

namespace GenerationGateway.Adapters.Hunyuan.VendorApi;

/// <summary>SeaArt's task query (docs/vendors/hunyuan.md §5): idempotent, so its client retries a blip.</summary>
[Headers("Accept: application/json")]
interface ISeaArtTaskApi
{
    /// <summary><c>GET v1/generation/task/{id}</c>.</summary>
    [Get("/v1/generation/task/{taskId}")]
    Task<HttpResponseMessage> GetTaskAsync(string taskId, [Authorize("Bearer")] string apiKey, CancellationToken cancellationToken);
}
