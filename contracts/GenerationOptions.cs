namespace GenerationGateway.Contracts;

/// <summary>Options every vendor understands in its own way; each adapter maps them onto its API.</summary>
public sealed record GenerationOptions
{
    public Quality? Quality { get; init; }

    public int? TargetFaceCount { get; init; }

    public IReadOnlyList<AssetFormat> OutputFormats { get; init; } = [];

    public TextureMode? Texture { get; init; }

    public Topology? Topology { get; init; }

    /// <summary>A style identifier (the portrait API's style id, for example).</summary>
    public string? Style { get; init; }
}
