namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// The upload host (OUS) a token names (docs/vendors/aholo.md §4). Every call carries only the <c>ous-token-v2</c> header:
/// never the open-platform signature. Vendor errors surface as <see cref="Workflow.Vendors.VendorCallException"/>.
/// </summary>
public interface IAholoUploadClient
{
    /// <summary><c>POST single/upload</c>: the whole file and its MD5 (files up to the block size).</summary>
    Task SingleUploadAsync(AholoUploadToken token, AholoInputFile file, CancellationToken cancellationToken);

    /// <summary><c>POST block/upload/init</c>: binds the token to the file; answers the blocks still missing, or that it is deduplicated.</summary>
    Task<AholoBlockPlan> InitBlockUploadAsync(AholoUploadToken token, AholoInputFile file, CancellationToken cancellationToken);

    /// <summary><c>POST block/upload/part</c>: one 1-based block.</summary>
    Task UploadBlockAsync(AholoUploadToken token, int block, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <summary><c>GET upload/status</c> of the upload bound to the token; code 12 comes back as <see cref="AholoUploadStatus.TokenProblem"/>.</summary>
    Task<AholoUploadStatus> GetStatusAsync(Uri origin, string token, CancellationToken cancellationToken);
}
