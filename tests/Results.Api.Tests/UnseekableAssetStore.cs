using GenerationGateway.AssetStore;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>
/// An asset store that answers like object storage: one asset, as a stream that cannot seek; with
/// <paramref name="downloadUrl"/>, a store that hands out presigned download URLs.
/// </summary>
public sealed class UnseekableAssetStore(byte[] content, string contentType, Uri? downloadUrl = null) : IAssetStore
{
    public Task<Uri?> GetDownloadUrlAsync(string key, CancellationToken cancellationToken) => Task.FromResult(downloadUrl);

    public Task<StoredAsset> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Read-only test store.");

    public Task<StoredAssetContent?> OpenAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<StoredAssetContent?>(new StoredAssetContent(new UnseekableStream(content), contentType, content.Length));

    sealed class UnseekableStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;
    }
}
