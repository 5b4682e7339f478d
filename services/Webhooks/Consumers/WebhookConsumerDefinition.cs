using MassTransit;

namespace GenerationGateway.Webhooks.Consumers;

/// <summary>A fan-out lifecycle event: the service's own queue <c>webhooks-{consumer}</c>, bound by the normal consume topology.</summary>
public sealed class WebhookConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public WebhookConsumerDefinition() => EndpointName = WebhookEndpointNames.For<TConsumer>();

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(WebhookEndpointNames.Retry);
}
