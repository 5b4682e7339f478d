using GenerationGateway.VendorRules.Aholo;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// Exactly what one Aholo create call sends, besides the uploaded resources' URLs: the flow (recon or gen), the
/// fields of that call, and the inputs to upload first (images in request order, then videos).
/// Reconstruction fields are null on a generation and the other way round.
/// </summary>
public sealed record AholoTaskParameters
{
    public required AholoFlow Flow { get; init; }

    public required string ProjectName { get; init; }

    public IReadOnlyList<AholoInput> Inputs { get; init; } = [];

    /// <summary><c>model</c> or <c>space</c>.</summary>
    public string? Scene { get; init; }

    public string? TaskQuality { get; init; }

    public int? AccessLevel { get; init; }

    public bool? UploadSog { get; init; }

    public bool? Panorama { get; init; }

    /// <summary>The generation prompt.</summary>
    public string? Prompt { get; init; }
}
