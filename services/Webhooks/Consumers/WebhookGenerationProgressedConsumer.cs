using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookGenerationProgressedConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<GenerationProgressed>(fanOut, WebhookEventTypes.Progressed)
{
    protected override GenerationChange Describe(GenerationProgressed message) => GenerationChanges.Of(message);
}
