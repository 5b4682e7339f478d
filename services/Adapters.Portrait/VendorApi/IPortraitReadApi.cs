using Refit;

namespace GenerationGateway.Adapters.Portrait.VendorApi;

/// <summary>The portrait API's reads (docs/vendors/portrait.md §3): idempotent, so its client retries a blip.</summary>
[Headers("Accept: application/json")]
interface IPortraitReadApi
{
    /// <summary><c>POST cloud/aigc_task_query</c>.</summary>
    [Post("/cloud/aigc_task_query")]
    Task<HttpResponseMessage> QueryTaskAsync([Body] PortraitTaskQueryRequest body, [Authorize("APPCODE")] string appCode, CancellationToken cancellationToken);

    /// <summary><c>GET cloud/aigc_product_brief_query</c>: the style catalogue.</summary>
    [Get("/cloud/aigc_product_brief_query")]
    Task<HttpResponseMessage> GetStylesAsync([Authorize("APPCODE")] string appCode, CancellationToken cancellationToken);
}
