using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookGenerationFailedConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<GenerationFailed>(fanOut, WebhookEventTypes.Failed)
{
    protected override GenerationChange Describe(GenerationFailed message) => GenerationChanges.Of(message);
}
