namespace GenerationGateway.Adapters.Workflow.Tests;

public sealed record CapturedLog(string Category, string Message, IReadOnlyDictionary<string, object?> Scope);
