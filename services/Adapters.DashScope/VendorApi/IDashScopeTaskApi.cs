using Refit;

namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary>
/// DashScope's task API (docs/vendors/dashscope.md §4–5): every call takes a slot of the account's shared limit
/// (<see cref="DashScopeTaskSlotHandler"/>), each attempt again. Both calls are idempotent (cancelling a cancelled task
/// changes nothing), so its client retries a blip.
/// </summary>
[Headers("Accept: application/json")]
interface IDashScopeTaskApi
{
    /// <summary><c>GET api/v1/tasks/{taskId}</c>.</summary>
    [Get("/api/v1/tasks/{taskId}")]
    Task<HttpResponseMessage> GetTaskAsync(
        string taskId,
        [Authorize("Bearer")] string apiKey,
        [Header(DashScopeHeaders.Workspace)] string? workspaceId,
        CancellationToken cancellationToken);

    /// <summary><c>POST api/v1/tasks/{taskId}/cancel</c>: only a PENDING task can be cancelled.</summary>
    [Post("/api/v1/tasks/{taskId}/cancel")]
    Task<HttpResponseMessage> CancelTaskAsync(
        string taskId,
        [Authorize("Bearer")] string apiKey,
        [Header(DashScopeHeaders.Workspace)] string? workspaceId,
        CancellationToken cancellationToken);
}
