namespace GenerationGateway.AssetStore;

public sealed record StoredAsset
{
    public required string Key { get; init; }

    /// <summary>Where clients download it.</summary>
    public required Uri Url { get; init; }

    public required long SizeBytes { get; init; }

    public required string ContentType { get; init; }

    /// <summary><c>sha256:&lt;lowercase hex&gt;</c>.</summary>
    public required string Checksum { get; init; }
}
