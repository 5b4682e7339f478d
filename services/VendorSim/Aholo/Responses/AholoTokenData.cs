namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary><c>d</c> of <c>upload/token</c>.</summary>
public sealed record AholoTokenData(string OusToken, string GlobalDomain, int BlockSize);
