using Refit;

namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>DashScope's paid submit (docs/vendors/dashscope.md §3). Its client has no retry: a submit is never sent twice.</summary>
[Headers("Accept: application/json")]
interface IDashScopeApi
{
    /// <summary><c>POST api/v1/services/aigc/video-generation/3d-generation</c> with <c>X-DashScope-Async: enable</c>.</summary>
    [Post("/api/v1/services/aigc/video-generation/3d-generation")]
    [Headers("X-DashScope-Async: enable")]
    Task<HttpResponseMessage> SubmitAsync(
        [Body] DashScopeSubmitRequest body,
        [Authorize("Bearer")] string apiKey,
        [Header(DashScopeHeaders.Workspace)] string? workspaceId,
        CancellationToken cancellationToken);
}
