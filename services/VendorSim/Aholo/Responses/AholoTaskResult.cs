namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary>A finished task's splat files; <c>sogPath</c> only when the create call set <c>uploadSog</c>.</summary>
public sealed record AholoTaskResult(Uri PlyPath, Uri SpzPath, Uri? SogPath);
