using GenerationGateway.Contracts;

namespace GenerationGateway.Intake.Api.Http;

/// <summary><see cref="GenerationOptions"/> with its enumerations as wire-name strings.</summary>
public sealed record CreateGenerationOptions
{
    /// <summary>A <see cref="Contracts.Quality"/> wire name.</summary>
    public string? Quality { get; init; }

    public int? TargetFaceCount { get; init; }

    /// <summary><see cref="AssetFormat"/> wire names; a null item is read so that it can be refused by its index.</summary>
    public IReadOnlyList<string?> OutputFormats { get; init; } = [];

    /// <summary>A <see cref="TextureMode"/> wire name.</summary>
    public string? Texture { get; init; }

    /// <summary>A <see cref="Contracts.Topology"/> wire name.</summary>
    public string? Topology { get; init; }

    public string? Style { get; init; }
}
