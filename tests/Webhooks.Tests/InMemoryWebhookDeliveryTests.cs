namespace GenerationGateway.Webhooks.Tests;

public sealed class InMemoryWebhookDeliveryTests : WebhookDeliverySpecs
{
    protected override Task<DeliveryHost> CreateHostAsync(IReadOnlyDictionary<string, string?>? settings) =>
        Task.FromResult(new DeliveryHost(settings));
}
