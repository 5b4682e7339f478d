namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>The parameters of a block-upload init, read from the query string and the body.</summary>
public sealed record AholoBlockInitRequest(string? Md5, long? Size, int? Blocks, string? Name);
