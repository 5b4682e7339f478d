namespace GenerationGateway.Adapters.Rodin.VendorApi;

/// <summary>What every Rodin answer may carry: a business error code and a message.</summary>
class RodinAnswer
{
    public string? Error { get; init; }

    public string? Message { get; init; }

    /// <summary>Download answers <c>"error":"OK"</c> on success; generate answers <c>null</c>.</summary>
    public bool IsError => !string.IsNullOrEmpty(Error) && !string.Equals(Error, "OK", StringComparison.OrdinalIgnoreCase);
}
