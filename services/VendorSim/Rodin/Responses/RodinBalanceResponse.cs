namespace GenerationGateway.VendorSim.Rodin.Responses;

public sealed record RodinBalanceResponse(decimal Balance);
