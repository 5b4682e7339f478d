namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary><c>d</c> of a single upload or a block part.</summary>
public sealed record AholoUploadData(string TaskId, string? ObsTaskId, int Progress);
