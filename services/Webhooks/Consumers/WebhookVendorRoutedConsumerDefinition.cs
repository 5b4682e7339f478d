using GenerationGateway.ServiceDefaults;
using MassTransit;

namespace GenerationGateway.Webhooks.Consumers;

/// <summary>A vendor-routed message (request, cancel) on the service's own queue, bound to every vendor's routing key.</summary>
public sealed class WebhookVendorRoutedConsumerDefinition<TConsumer, TMessage> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer<TMessage>
    where TMessage : class
{
    public WebhookVendorRoutedConsumerDefinition() => Endpoint(x =>
    {
        x.Name = WebhookEndpointNames.For<TConsumer>();
        x.ConfigureConsumeTopology = false;
    });

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(WebhookEndpointNames.Retry);
        GenerationTopology.BindVendorRouted<TMessage>(endpointConfigurator, GenerationTopology.AllVendors);
    }
}
