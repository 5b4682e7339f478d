using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Generations;

/// <summary><c>GET /v1/generations/{id}</c>: the record, or 404 (also for another tenant's generation).</summary>
public static class GetGenerationEndpoint
{
    public static async Task<Results<Ok<GenerationRecord>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, IGenerationStore store, TenantView view, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } record && record.TenantId == user.TenantId()
            ? TypedResults.Ok(view.Of(record))
            : NotFound(id);

    /// <summary>The one answer for a generation that does not exist and for one of another tenant.</summary>
    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Generation not found",
            detail: $"No generation with id '{id}' has been recorded.",
            extensions: new Dictionary<string, object?> { ["field"] = "id" });
}
