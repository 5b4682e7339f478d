using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookGenerationCancelledConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<GenerationCancelled>(fanOut, WebhookEventTypes.Cancelled)
{
    protected override GenerationChange Describe(GenerationCancelled message) => GenerationChanges.Of(message);
}
