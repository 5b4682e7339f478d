using GenerationGateway.AssetStore;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>An asset store that answers like object storage: one asset, as a stream that cannot seek.</summary>
public sealed class UnseekableAssetStore(byte[] content, string contentType) : IAssetStore
{
    public Task<StoredAsset> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Read-only test store.");

    public Task<StoredAssetContent?> OpenAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<StoredAssetContent?>(new StoredAssetContent(new UnseekableStream(content), contentType, content.Length));

    sealed class UnseekableStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;
    }
}
