namespace GenerationGateway.AssetStore;

/// <summary>The gateway's own store for generated assets: they outlive the vendor's expiring links.</summary>
public interface IAssetStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store under <paramref name="key"/>, computing size and
    /// SHA-256 on the way. Throws <see cref="AssetTooLargeException"/> past the configured size limit
    /// (nothing is kept then). Writing the same key again replaces it.
    /// </summary>
    Task<StoredAsset> PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens a stored asset for reading, or null when there is none under that key.</summary>
    Task<StoredAssetContent?> OpenAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// A time-limited URL a client can download a stored asset from directly, when the store is set to hand them out
    /// (S3's <c>PresignDownloads</c>); null otherwise, and for a key with no asset: then <see cref="OpenAsync"/> serves it.
    /// </summary>
    Task<Uri?> GetDownloadUrlAsync(string key, CancellationToken cancellationToken);
}
