namespace GenerationGateway.Adapters.Rodin.VendorApi;

sealed record RodinDownloadRequest(string TaskUuid);

sealed class RodinDownloadAnswer : RodinAnswer
{
    public RodinDownloadItem[]? List { get; init; }
}

sealed record RodinDownloadItem(string? Url, string? Name);
