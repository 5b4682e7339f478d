namespace GenerationGateway.Adapters.Aholo;

/// <summary>One task of <c>task/list/by-ids</c>: status 0–8 (3 success; 4–7 terminal failures), progress and result files.</summary>
public sealed record AholoTask(string ProjectId, int Status, double? Progress, AholoResult? Result, string? ErrorCode, string? ErrorMessage);
