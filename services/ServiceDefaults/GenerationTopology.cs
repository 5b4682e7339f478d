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

    /// <summary>The queue of a vendor's workflow (its saga): what is routed to the vendor waits there.</summary>
    public static string VendorWorkflowQueue(string vendor) => $"{vendor}-workflow";

    /// <summary>The queue of a vendor's vendor-call consumers (submit, status, collect, cancel).</summary>
    public static string VendorCallsQueue(string vendor) => $"{vendor}-vendor-calls";

    /// <summary>The queue of a vendor's input preparation (fetching the client's inputs).</summary>
    public static string VendorInputsQueue(string vendor) => $"{vendor}-inputs";

    /// <summary>Every durable queue of a vendor's adapter, whose fault queues an admin may inspect.</summary>
    public static IReadOnlyList<string> VendorQueues(string vendor) =>
        [VendorWorkflowQueue(vendor), VendorCallsQueue(vendor), VendorInputsQueue(vendor)];

    /// <summary>
    /// The topology of a vendor's workflow queue: requests and cancellations routed to <paramref name="vendor"/>. The
    /// adapter that consumes the queue and intake, which declares it ahead of the adapter, both use this, so the two
    /// declarations are identical (RabbitMQ refuses a second declaration that differs).
    /// </summary>
    public static void ConfigureVendorWorkflowEndpoint(IReceiveEndpointConfigurator endpoint, string vendor)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        endpoint.ConfigureConsumeTopology = false;
        BindVendorRouted<GenerationRequested>(endpoint, vendor);
        BindVendorRouted<CancelGeneration>(endpoint, vendor);
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
