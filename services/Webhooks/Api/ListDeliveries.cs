using System.Security.Claims;
using GenerationGateway.Identity;
using GenerationGateway.Webhooks.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GenerationGateway.Webhooks.Api;

/// <summary>
/// <c>GET /v1/webhooks/{id}/deliveries</c> (an endpoint's) and <c>GET /v1/webhook-deliveries?generationId=</c> (a
/// generation's, callbacks included): the latest 100, newest first, with their attempts.
/// </summary>
public static class ListDeliveries
{
    const int Limit = 100;

    public static async Task<Results<Ok<DeliveryPage>, ProblemHttpResult>> ForEndpointAsync(
        Guid id, ClaimsPrincipal user, IWebhookStore store, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        return await store.FindEndpointAsync(tenantId, id, cancellationToken) is null
            ? WebhookProblems.NotFound("Webhook endpoint", id.ToString())
            : TypedResults.Ok(await PageAsync(store, tenantId, id, null, cancellationToken));
    }

    public static async Task<Results<Ok<DeliveryPage>, ValidationProblem>> ForGenerationAsync(
        Guid? generationId, ClaimsPrincipal user, IWebhookStore store, CancellationToken cancellationToken) =>
        generationId is { } id
            ? TypedResults.Ok(await PageAsync(store, user.TenantId(), null, id, cancellationToken))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["generationId"] = ["Name the generation whose deliveries to list."] });

    static async Task<DeliveryPage> PageAsync(IWebhookStore store, string tenantId, Guid? endpointId, Guid? generationId, CancellationToken cancellationToken)
    {
        var deliveries = await store.ListDeliveriesAsync(tenantId, endpointId, generationId, Limit, cancellationToken);
        var attempts = await store.ListAttemptsAsync([.. deliveries.Select(x => x.Id)], cancellationToken);
        return new DeliveryPage { Items = [.. deliveries.Select(x => DeliveryView.Of(x, attempts))] };
    }
}
