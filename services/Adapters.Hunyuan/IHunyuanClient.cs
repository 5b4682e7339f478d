namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// SeaArt's generation API for <c>tencent_hunyuan_3d_pro</c> (docs/vendors/hunyuan.md §3). Errors the gateway answers with
/// surface as <see cref="Workflow.Vendors.VendorCallException"/>; an unreachable gateway as the transport's exception.
/// </summary>
public interface IHunyuanClient
{
    /// <summary><c>POST v1/generation</c>: creates the task. A paid call.</summary>
    Task<HunyuanSubmission> CreateAsync(HunyuanGenerateParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET v1/generation/task/{id}</c>: the task as it stands; 404 surfaces as vendor-job-lost.</summary>
    Task<HunyuanTask> GetTaskAsync(string taskId, CancellationToken cancellationToken);
}
