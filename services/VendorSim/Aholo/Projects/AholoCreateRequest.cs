namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>A create call (recon or gen) as the simulator accepted it.</summary>
public sealed record AholoCreateRequest
{
    public string? ProjectName { get; init; }

    public string? Cover { get; init; }

    public string? Scene { get; init; }

    public string? TaskQuality { get; init; }

    public int? AccessLevel { get; init; }

    public bool UploadSog { get; init; }

    public bool Panorama { get; init; }

    public string? Prompt { get; init; }

    public IReadOnlyList<AholoResource> Resources { get; init; } = [];
}
