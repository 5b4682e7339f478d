namespace GenerationGateway.VendorSim.SeaArt.Create;

/// <summary>A create call the simulator accepted: what it needs to play the task out.</summary>
public sealed record SeaArtCreateRequest(string Model, string GenerateType, int MultiViewCount);
