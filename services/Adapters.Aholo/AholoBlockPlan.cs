namespace GenerationGateway.Adapters.Aholo;

/// <summary>A block upload's init answer: the 1-based blocks still to send, or that the host already holds the file.</summary>
public sealed record AholoBlockPlan(IReadOnlyList<int> MissingBlocks, bool Deduplicated);
