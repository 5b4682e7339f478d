namespace GenerationGateway.Intake.Api.Http;

public static class GenerationRoutes
{
    public const string Collection = "/v1/generations";

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Set to <c>true</c> on a 202 that repeats an earlier answer to the same idempotency key.</summary>
    public const string IdempotentReplayedHeader = "Idempotent-Replayed";

    /// <summary>Where a generation is found (served by Results.Api); the <c>Location</c> of a 202.</summary>
    public static string Of(Guid generationId) => $"{Collection}/{generationId}";
}
