using MassTransit;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>
/// Registers the PostgreSQL saga repository for a saga type:
/// <code>
/// x.AddSagaStateMachine&lt;MyStateMachine, MyState&gt;().PostgresRepository(r =&gt;
/// {
///     r.ConnectionStringName = "MyService";
///     r.TableName = "my_state";
///     r.UseOutbox(); // transactional outbox + inbox; the endpoint then calls saga.UsePostgresOutbox(context)
/// });
/// </code>
/// Put <c>UseMessageRetry</c> before the outbox on the saga endpoint: a <see cref="ConcurrencyException"/> then
/// re-runs the behaviour on a fresh load.
/// </summary>
public static class PostgresSagaHostingExtensions
{
    public static ISagaRegistrationConfigurator<TSaga> PostgresRepository<TSaga>(
        this ISagaRegistrationConfigurator<TSaga> configurator,
        Action<PostgresSagaRepositoryConfigurator<TSaga>>? configure = null)
        where TSaga : class, ISagaVersion
    {
        ArgumentNullException.ThrowIfNull(configurator);

        var repository = new PostgresSagaRepositoryConfigurator<TSaga>();
        configure?.Invoke(repository);
        configurator.Repository(repository.Register);
        return configurator;
    }
}
