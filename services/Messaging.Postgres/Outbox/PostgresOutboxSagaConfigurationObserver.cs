using MassTransit;
using MassTransit.Configuration;
using MassTransit.DependencyInjection;
using MassTransit.Middleware;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// Puts MassTransit's <see cref="OutboxConsumeFilter{TContext,TMessage}"/>, backed by the PostgreSQL outbox, on every
/// message of the saga, after the filters configured before it (the retry).
/// </summary>
internal sealed class PostgresOutboxSagaConfigurationObserver<TSaga>(ISagaConfigurator<TSaga> configurator, IRegistrationContext context)
    : ISagaConfigurationObserver
    where TSaga : class, ISaga
{
    /// <summary>Outgoing messages delivered per pass; more than a saga step ever sends, so one pass delivers them all.</summary>
    const int MessageDeliveryLimit = 1_000;

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
        where TMessage : class
    {
        var options = new OutboxConsumeOptions
        {
            ConsumerType = TypeCache<TSaga>.ShortName,
            MessageDeliveryLimit = MessageDeliveryLimit,
            MessageDeliveryTimeout = BoundedSend.DeliveryTimeout,
        };
        var filter = new OutboxConsumeFilter<PostgresOutboxTransaction<TSaga>, TMessage>(new ConsumeScopeProvider(context), options);
        configurator.Message<TMessage>(message => message.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<TMessage>>(filter)));
    }
}
