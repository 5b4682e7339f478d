namespace GenerationGateway.Adapters.DashScope;

/// <summary>
/// DashScope's async-task API for <c>motionshop-gen3d</c> (seed 002, docs/vendors/dashscope.md). Errors DashScope answers with
/// surface as <see cref="Workflow.Vendors.VendorCallException"/>; an unreachable vendor as the transport's exception.
/// Task-API calls wait for a slot of the account's shared rate limit first.
/// </summary>
public interface IDashScopeClient
{
    /// <summary><c>POST api/v1/services/aigc/video-generation/3d-generation</c> with <c>X-DashScope-Async: enable</c>. A paid call.</summary>
    Task<DashScopeTask> SubmitAsync(DashScopeGen3dParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET api/v1/tasks/{taskId}</c>: status, times, and on success the PLY link.</summary>
    Task<DashScopeTask> GetTaskAsync(string taskId, CancellationToken cancellationToken);

    /// <summary><c>POST api/v1/tasks/{taskId}/cancel</c>: only a PENDING task can be cancelled.</summary>
    Task CancelTaskAsync(string taskId, CancellationToken cancellationToken);
}
