using Refit;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary>The open-platform reads (docs/vendors/aholo.md §7): idempotent, so its client retries a blip; signed like every call.</summary>
[Headers("Accept: application/json")]
interface IAholoReadApi
{
    /// <summary><c>POST project/task/list/by-ids</c> with a JSON array of project ids.</summary>
    [Post("/project/task/list/by-ids")]
    Task<HttpResponseMessage> ListTasksAsync([Body] IReadOnlyList<string> projectIds, CancellationToken cancellationToken);

    /// <summary><c>GET project/info?projectId=…</c>.</summary>
    [Get("/project/info")]
    Task<HttpResponseMessage> GetProjectInfoAsync([AliasAs("projectId")] string projectId, CancellationToken cancellationToken);
}
