namespace GenerationGateway.Cli.Api;

/// <summary>One stored asset: its signed URL, size and <c>sha256:</c> checksum.</summary>
public sealed record GenerationAsset
{
    public required string Role { get; init; }

    public required string Format { get; init; }

    public required string Name { get; init; }

    public required Uri Url { get; init; }

    public long SizeBytes { get; init; }

    public string? ContentType { get; init; }

    public required string Checksum { get; init; }
}
