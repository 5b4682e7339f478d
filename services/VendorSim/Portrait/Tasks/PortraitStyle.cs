namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>One entry of the simulated style catalogue: the vendor's fields plus the format its photos come in.</summary>
public sealed record PortraitStyle(string Id, string Name, string Sex, PortraitPhotoFormat Format);
