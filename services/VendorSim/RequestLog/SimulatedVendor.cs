namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>A simulated vendor: its key (as in <c>VendorKeys</c>) and the path prefix all its routes live under.</summary>
public sealed record SimulatedVendor(string Key, PathString PathPrefix);
