namespace GenerationGateway.AssetStore;

public enum AssetStoreProvider
{
    /// <summary>A directory on local disk (or a mounted volume); served by Results.Api.</summary>
    FileSystem,
}
