namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// The Kujiale Aholo open-platform API (docs/vendors/aholo.md, seed 000), every call signed. Errors the vendor answers
/// with surface as <see cref="Workflow.Vendors.VendorCallException"/>; an unreachable vendor as the transport's exception.
/// </summary>
public interface IAholoClient
{
    /// <summary><c>GET upload/token</c>: a token for one upload, the upload host and the block size.</summary>
    Task<AholoUploadToken> GetUploadTokenAsync(CancellationToken cancellationToken);

    /// <summary><c>POST project/create-3d-recon</c> or <c>create-3d-gen</c>, by <see cref="AholoTaskParameters.Flow"/>. A paid call; answers the project id.</summary>
    Task<string> CreateAsync(AholoTaskParameters parameters, IReadOnlyList<AholoUploadedInput> resources, CancellationToken cancellationToken);

    /// <summary><c>POST project/task/list/by-ids</c>: the tasks of the projects the vendor knows (unknown ids are left out).</summary>
    Task<IReadOnlyList<AholoTask>> ListTasksAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken);

    /// <summary><c>GET project/info</c>; null when the vendor has no such project.</summary>
    Task<AholoProjectInfo?> GetProjectInfoAsync(string projectId, CancellationToken cancellationToken);
}
