namespace GenerationGateway.Contracts;

/// <summary>One entry of the normalized asset manifest.</summary>
public sealed record GeneratedAsset
{
    public required AssetRole Role { get; init; }

    public required AssetFormat Format { get; init; }

    public required string Name { get; init; }

    /// <summary>Where the gateway keeps the asset (its own asset store).</summary>
    public required Uri Url { get; init; }

    public required long SizeBytes { get; init; }

    public required string ContentType { get; init; }

    /// <summary>Checksum as <c>sha256:&lt;hex&gt;</c>.</summary>
    public required string Checksum { get; init; }

    /// <summary>The vendor's URL the asset was copied from; provenance only, it may have expired.</summary>
    public Uri? VendorUrl { get; init; }
}
