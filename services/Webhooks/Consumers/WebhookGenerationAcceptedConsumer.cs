using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookGenerationAcceptedConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<GenerationAccepted>(fanOut, WebhookEventTypes.Accepted)
{
    protected override GenerationChange Describe(GenerationAccepted message) => GenerationChanges.Of(message);
}
