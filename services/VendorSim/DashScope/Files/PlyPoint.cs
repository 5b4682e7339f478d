namespace GenerationGateway.VendorSim.DashScope.Files;

/// <summary>One coloured point of a point cloud.</summary>
public readonly record struct PlyPoint(float X, float Y, float Z, byte Red, byte Green, byte Blue);
