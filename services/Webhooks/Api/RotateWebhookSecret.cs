using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Webhooks.Delivery;
using GenerationGateway.Webhooks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Api;

/// <summary>
/// <c>POST /v1/webhooks/{id}/rotate-secret</c>: a new secret, shown once; the old one keeps signing beside it for
/// <c>Webhooks:SecretOverlap</c> (24 h), so every delivery meanwhile carries two signatures.
/// </summary>
public static class RotateWebhookSecret
{
    public static async Task<Results<Ok<WebhookSecretAnswer>, ProblemHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, IWebhookStore store, TimeProvider time, IOptions<WebhooksOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = WebhookSecrets.Create();
        return await store.RotateSecretAsync(user.TenantId(), id, secret, time.GetUtcNow() + options.Value.SecretOverlap, cancellationToken) is { } endpoint
            ? TypedResults.Ok(new WebhookSecretAnswer { Endpoint = WebhookEndpointView.Of(endpoint), Secret = secret })
            : WebhookProblems.NotFound("Webhook endpoint", id.ToString());
    }
}
