using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Vendors;

/// <summary>One file the vendor offers for download.</summary>
public sealed record VendorAsset
{
    public required AssetRole Role { get; init; }

    public required AssetFormat Format { get; init; }

    /// <summary>File name to keep it under (unique within the generation).</summary>
    public required string Name { get; init; }

    public required Uri Url { get; init; }

    /// <summary>Content type to record when the vendor's download does not say (or says octet-stream).</summary>
    public string? ContentType { get; init; }
}
