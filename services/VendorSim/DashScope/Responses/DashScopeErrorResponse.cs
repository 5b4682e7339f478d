namespace GenerationGateway.VendorSim.DashScope.Responses;

public sealed record DashScopeErrorResponse(string RequestId, string Code, string Message);
