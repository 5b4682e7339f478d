using System.Globalization;
using GenerationGateway.Intake.Api.Storage;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>The RFC 9457 answers intake gives besides validation problems.</summary>
static class IntakeProblems
{
    public static IResult BrokerUnavailable(HttpResponse response, TimeSpan retryAfter)
    {
        response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The message broker did not confirm the request.",
            detail: "Nothing was accepted. Retry later; with the same Idempotency-Key the retry keeps the same generation id.");
    }

    public static IResult PayloadTooLarge(long maxBytes) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.",
            detail: $"A request body may hold at most {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes. Nothing was accepted.",
            extensions: new Dictionary<string, object?> { ["field"] = CreateGenerationRequestReader.BodyField });

    public static IResult UnsupportedMediaType() =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The request body must be JSON.",
            detail: "Send the body as 'Content-Type: application/json' (UTF-8). Nothing was accepted.",
            extensions: new Dictionary<string, object?> { ["field"] = "Content-Type" });

    public static IResult IdempotencyKeyReused(string idempotencyKey) =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The Idempotency-Key was already used for a different request.",
            detail: $"Idempotency-Key '{idempotencyKey}' belongs to an earlier request of this tenant with another body. Use a new key for a new request.",
            extensions: new Dictionary<string, object?> { ["field"] = GenerationRoutes.IdempotencyKeyHeader });

    public static IResult OtherTenant() =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "The request names another tenant.",
            detail: "The tenant is the API key's: leave tenantId out or give the key's own. Nothing was accepted.",
            extensions: new Dictionary<string, object?> { ["field"] = "tenantId" });

    public static IResult UnknownGeneration(Guid generationId) =>
        Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown generation.",
            detail: $"No generation '{generationId}' was accepted.",
            extensions: new Dictionary<string, object?> { ["field"] = "id" });

    public static IResult AlreadyEnded(Guid generationId, TerminalStatus status) =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The generation already ended.",
            detail: $"Generation '{generationId}' is already {TerminalStatusNames.Of(status)}: there is nothing to cancel.",
            extensions: new Dictionary<string, object?> { ["field"] = "id", ["generationStatus"] = TerminalStatusNames.Of(status) });
}
