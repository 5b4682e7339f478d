using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Webhooks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Api;

/// <summary>
/// <c>POST /v1/webhook-deliveries/{id}/redeliver</c>: the delivery is due at once, with the same <c>webhook-id</c> and body
/// and a fresh retry period (202; the attempt follows). Another tenant's delivery answers 404.
/// </summary>
public static class RedeliverDelivery
{
    public static async Task<Results<Accepted<DeliveryView>, ProblemHttpResult>> HandleAsync(
        string id, ClaimsPrincipal user, IWebhookStore store, TimeProvider time, IOptions<WebhooksOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        return await store.RedeliverAsync(user.TenantId(), id, now, now + options.Value.RetryPeriod, cancellationToken) is { } delivery
            ? TypedResults.Accepted($"/v1/webhook-deliveries/{id}", DeliveryView.Of(delivery, []))
            : WebhookProblems.NotFound("Webhook delivery", id);
    }
}
