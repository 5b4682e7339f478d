namespace GenerationGateway.AssetStore;

public enum AssetStoreProvider
{
    /// <summary>A directory on local disk (or a mounted volume); served by Results.Api.</summary>
    FileSystem,

    /// <summary>A bucket of an S3-compatible object store (<c>AssetStore:S3:*</c>); served by Results.Api, or by presigned URLs it redirects to.</summary>
    S3,
}
