namespace GenerationGateway.Intake.Api.Http;

/// <summary>Body of a 202 answer; the <c>Location</c> header points at the generation.</summary>
public sealed record AcceptedGeneration(Guid GenerationId);
