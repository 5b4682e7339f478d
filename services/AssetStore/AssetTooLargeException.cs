namespace GenerationGateway.AssetStore;

public sealed class AssetTooLargeException : Exception
{
    public AssetTooLargeException(string key, long limitBytes)
        : base($"Asset '{key}' is larger than the limit of {limitBytes} bytes.")
    {
    }

    public AssetTooLargeException()
    {
    }

    public AssetTooLargeException(string message)
        : base(message)
    {
    }

    public AssetTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
