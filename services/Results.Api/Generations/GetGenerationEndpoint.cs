using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Results.Api.Generations;

/// <summary><c>GET /v1/generations/{id}</c>: the record, or 404.</summary>
public static class GetGenerationEndpoint
{
    public static async Task<Results<Ok<GenerationRecord>, ProblemHttpResult>> HandleAsync(
        Guid id, IGenerationStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(record)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Generation not found",
                detail: $"No generation with id '{id}' has been recorded.");
}
