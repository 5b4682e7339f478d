namespace GenerationGateway.Adapters.Workflow.Assets;

/// <summary>A vendor asset could not be downloaded (expired link, server error); the collect step is retried.</summary>
public sealed class AssetDownloadException : Exception
{
    public AssetDownloadException()
    {
    }

    public AssetDownloadException(string message)
        : base(message)
    {
    }

    public AssetDownloadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
