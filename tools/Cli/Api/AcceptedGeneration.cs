namespace GenerationGateway.Cli.Api;

/// <summary>The answer to a submit (202).</summary>
public sealed record AcceptedGeneration(Guid GenerationId);
