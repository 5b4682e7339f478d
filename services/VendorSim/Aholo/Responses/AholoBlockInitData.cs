namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary><c>d</c> of <c>block/upload/init</c>: the missing blocks as 1-based range strings, or deduplicated.</summary>
public sealed record AholoBlockInitData(string TaskId, IReadOnlyList<string> LackBlocks, int Progress, bool Deduplicated, string? ObsTaskId);
