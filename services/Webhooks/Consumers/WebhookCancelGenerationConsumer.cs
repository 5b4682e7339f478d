using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Webhooks.Delivery;

namespace GenerationGateway.Webhooks.Consumers;

public sealed class WebhookCancelGenerationConsumer(WebhookFanOut fanOut) : WebhookEventConsumer<CancelGeneration>(fanOut, null)
{
    protected override GenerationChange Describe(CancelGeneration message) => GenerationChanges.Of(message);
}
