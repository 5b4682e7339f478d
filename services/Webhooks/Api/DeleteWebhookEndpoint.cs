using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Webhooks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Webhooks.Api;

/// <summary><c>DELETE /v1/webhooks/{id}</c>: 204; its pending deliveries are not sent. Another tenant's endpoint answers 404.</summary>
public static class DeleteWebhookEndpoint
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid id, ClaimsPrincipal user, IWebhookStore store, CancellationToken cancellationToken) =>
        await store.DeleteEndpointAsync(user.TenantId(), id, cancellationToken)
            ? TypedResults.NoContent()
            : WebhookProblems.NotFound("Webhook endpoint", id.ToString());
}
