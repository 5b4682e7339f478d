namespace GenerationGateway.VendorSim.Rodin.Responses;

public sealed record RodinErrorResponse(string Error, string Message);
