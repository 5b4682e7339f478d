using MassTransit;

namespace GenerationGateway.Intake.Api.Consumers;

/// <summary>Intake's own queue of terminal events, <c>intake-generation-ended</c>, shared by its replicas.</summary>
public sealed class GenerationEndedConsumerDefinition : ConsumerDefinition<GenerationEndedConsumer>
{
    public const string QueueName = "intake-generation-ended";

    public GenerationEndedConsumerDefinition() => EndpointName = QueueName;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<GenerationEndedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
}
