namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>A simulated vendor: its key (the simulator's name, e.g. <c>seaart</c>) and the path prefix all its routes live under.</summary>
public sealed record SimulatedVendor(string Key, PathString PathPrefix);
