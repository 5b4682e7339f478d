using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookGenerationCompletedConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<GenerationCompleted>(fanOut, WebhookEventTypes.Completed)
{
    protected override GenerationChange Describe(GenerationCompleted message) => GenerationChanges.Of(message);
}
