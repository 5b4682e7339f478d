using GenerationGateway.Contracts;
using MassTransit;
using InMemoryExchangeType = MassTransit.Transports.Fabric.ExchangeType;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// How generation messages travel: requests and cancellations go through a topic exchange keyed by
/// vendor, so each adapter receives only its own; every other event fans out to all subscribers.
/// </summary>
public static class GenerationTopology
{
    /// <summary>Routing-key pattern that matches every vendor (results, auditors).</summary>
    public const string AllVendors = "#";

    const string RabbitMqTopic = "topic";

    public static void ConfigurePublish(IBusFactoryConfigurator configurator)
    {
        configurator.Send<GenerationRequested>(x => x.UseRoutingKeyFormatter(context => context.Message.Vendor));
        configurator.Send<CancelGeneration>(x => x.UseRoutingKeyFormatter(context => context.Message.Vendor));

        switch (configurator)
        {
            case IRabbitMqBusFactoryConfigurator rabbit:
                rabbit.Publish<GenerationRequested>(x => x.ExchangeType = RabbitMqTopic);
                rabbit.Publish<CancelGeneration>(x => x.ExchangeType = RabbitMqTopic);
                break;
            case IInMemoryBusFactoryConfigurator inMemory:
                inMemory.Publish<GenerationRequested>(x => x.ExchangeType = InMemoryExchangeType.Topic);
                inMemory.Publish<CancelGeneration>(x => x.ExchangeType = InMemoryExchangeType.Topic);
                break;
        }
    }

    /// <summary>Binds an endpoint to a vendor-routed message type, for one vendor key or <see cref="AllVendors"/>.</summary>
    public static void BindVendorRouted<T>(IReceiveEndpointConfigurator endpoint, string routingKey)
        where T : class
    {
        switch (endpoint)
        {
            case IRabbitMqReceiveEndpointConfigurator rabbit:
                rabbit.Bind<T>(x =>
                {
                    x.ExchangeType = RabbitMqTopic;
                    x.RoutingKey = routingKey;
                });
                break;
            case IInMemoryReceiveEndpointConfigurator inMemory:
                inMemory.Bind<T>(InMemoryExchangeType.Topic, routingKey);
                break;
            default:
                throw new NotSupportedException($"Transport of endpoint {endpoint.InputAddress} does not support vendor routing.");
        }
    }
}
