using MassTransit;

namespace GenerationGateway.Results.Api.Consumers;

/// <summary>A fan-out lifecycle event: queue <c>results-{message}</c>, bound by the normal consume topology.</summary>
public sealed class ResultsConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public ResultsConsumerDefinition() => EndpointName = ResultsEndpointNames.For<TConsumer>();

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(ResultsEndpointNames.Retry);
}
