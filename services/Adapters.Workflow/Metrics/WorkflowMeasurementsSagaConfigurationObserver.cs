using MassTransit;
using MassTransit.Configuration;

namespace GenerationGateway.Adapters.Workflow.Metrics;

/// <summary>Puts <see cref="WorkflowMeasurementsFilter{TMessage}"/> on every message of the saga, after the filters configured before it (the retry).</summary>
internal sealed class WorkflowMeasurementsSagaConfigurationObserver<TSaga>(ISagaConfigurator<TSaga> configurator) : ISagaConfigurationObserver
    where TSaga : class, ISaga
{
    public void SagaConfigured<T>(ISagaConfigurator<T> sagaConfigurator)
        where T : class, ISaga
    {
    }

    public void StateMachineSagaConfigured<TInstance>(ISagaConfigurator<TInstance> sagaConfigurator, SagaStateMachine<TInstance> stateMachine)
        where TInstance : class, ISaga, SagaStateMachineInstance
    {
    }

    public void SagaMessageConfigured<T, TMessage>(ISagaMessageConfigurator<T, TMessage> sagaMessageConfigurator)
        where T : class, ISaga
        where TMessage : class =>
        configurator.Message<TMessage>(message =>
            message.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<TMessage>>(new WorkflowMeasurementsFilter<TMessage>())));
}
