using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookGenerationRequestedConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<GenerationRequested>(fanOut, null)
{
    protected override GenerationChange Describe(GenerationRequested message) => GenerationChanges.Of(message);
}
