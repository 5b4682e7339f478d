namespace GenerationGateway.VendorSim.DashScope.Responses;

/// <summary><c>usage</c>: characters made by a SUCCEEDED task.</summary>
public sealed record DashScopeUsage(int Count);
