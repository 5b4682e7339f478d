using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Webhooks.Api;

/// <summary>The one answer for a webhook endpoint or delivery that does not exist and for one of another tenant.</summary>
public static class WebhookProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{what} not found",
            detail: $"No {what.ToLowerInvariant()} with id '{id}' exists.",
            extensions: new Dictionary<string, object?> { ["field"] = "id" });
}
