using GenerationGateway.ServiceDefaults;
using MassTransit;

namespace GenerationGateway.Results.Api.Consumers;

/// <summary>
/// A vendor-routed message (request, cancel): published to a topic exchange keyed by vendor, so the queue is
/// bound explicitly with the all-vendors pattern instead of the default (fan-out) consume topology.
/// </summary>
public sealed class VendorRoutedConsumerDefinition<TConsumer, TMessage> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer<TMessage>
    where TMessage : class
{
    public VendorRoutedConsumerDefinition() => Endpoint(x =>
    {
        x.Name = ResultsEndpointNames.For<TConsumer>();
        x.ConfigureConsumeTopology = false;
    });

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(ResultsEndpointNames.Retry);
        GenerationTopology.BindVendorRouted<TMessage>(endpointConfigurator, GenerationTopology.AllVendors);
    }
}
