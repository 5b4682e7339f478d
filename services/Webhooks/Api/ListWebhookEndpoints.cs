using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Webhooks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Webhooks.Api;

/// <summary><c>GET /v1/webhooks</c>: the caller's tenant's endpoints, without secrets.</summary>
public static class ListWebhookEndpoints
{
    public static async Task<Ok<WebhookEndpointList>> HandleAsync(ClaimsPrincipal user, IWebhookStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new WebhookEndpointList { Items = [.. (await store.ListEndpointsAsync(user.TenantId(), cancellationToken)).Select(WebhookEndpointView.Of)] });
}
