using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Webhooks.Delivery;
using GenerationGateway.Webhooks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Webhooks.Api;

/// <summary><c>POST /v1/webhooks</c>: registers an endpoint of the caller's tenant; the answer shows its signing secret, once.</summary>
public static class CreateWebhookEndpoint
{
    public static async Task<Results<Created<WebhookSecretAnswer>, ValidationProblem>> HandleAsync(
        CreateWebhookRequest request, ClaimsPrincipal user, IWebhookStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors["url"] = ["Must be an absolute http or https URL."];
        }
        else if (url.UserInfo.Length > 0)
        {
            errors["url"] = ["Must not carry credentials (user:password@)."];
        }

        if (request.Events is not { Count: > 0 } events)
        {
            errors["events"] = [$"Name at least one of: {string.Join(", ", WebhookEventTypes.All)}."];
        }
        else if (events.FirstOrDefault(x => !WebhookEventTypes.IsKnown(x)) is { } unknown)
        {
            errors["events"] = [$"'{unknown}' is not an event; use {string.Join(", ", WebhookEventTypes.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var endpoint = new WebhookEndpoint
        {
            Id = Guid.NewGuid(),
            TenantId = user.TenantId(),
            Url = url!,
            Events = [.. request.Events!.Distinct(StringComparer.Ordinal)],
            Secret = WebhookSecrets.Create(),
            CreatedAt = time.GetUtcNow(),
        };
        await store.AddEndpointAsync(endpoint, cancellationToken);
        return TypedResults.Created($"/v1/webhooks/{endpoint.Id}", new WebhookSecretAnswer { Endpoint = WebhookEndpointView.Of(endpoint), Secret = endpoint.Secret });
    }
}
