using Refit;

namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>Rodin's reads (docs/vendors/rodin.md §4–6): idempotent, so its client retries a blip.</summary>
[Headers("Accept: application/json")]
interface IRodinReadApi
{
    /// <summary><c>POST status</c> with <c>{"subscription_key"}</c>.</summary>
    [Post("/status")]
    Task<HttpResponseMessage> GetStatusAsync([Body] RodinStatusRequest body, [Authorize("Bearer")] string apiKey, CancellationToken cancellationToken);

    /// <summary><c>POST download</c> with <c>{"task_uuid"}</c>.</summary>
    [Post("/download")]
    Task<HttpResponseMessage> DownloadAsync([Body] RodinDownloadRequest body, [Authorize("Bearer")] string apiKey, CancellationToken cancellationToken);
}
