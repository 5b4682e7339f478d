namespace GenerationGateway.AssetStore;

public enum AssetStoreProvider
{
    /// <summary>A directory on local disk (or a mounted volume); served by Results.Api.</summary>
    FileSystem,

    /// <summary>A bucket of an S3-compatible object store (<c>AssetStore:S3:*</c>); still served by Results.Api.</summary>
    S3,
}
