namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>What the gateway answered to a create call: the task id (20 lowercase alphanumerics) and its first status.</summary>
public sealed record HunyuanSubmission(string TaskId, string Status);
