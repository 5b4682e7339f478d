using GenerationGateway.Messaging.Postgres.Outbox;
using MassTransit;
using MassTransit.Saga;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>
/// Creates the repository context MassTransit's saga pipeline loads, adds, updates and deletes through (scoped: one per
/// consumed message). With the outbox it joins the message's outbox transaction, and refuses to run without one.
/// </summary>
internal sealed class PostgresSagaRepositoryContextFactory<TSaga>(
    PostgresSagaTable<TSaga> table,
    ISagaConsumeContextFactory<PostgresSagaTable<TSaga>, TSaga> factory,
    PostgresOutboxTransaction<TSaga> outbox)
    : ISagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
{
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        if (table.UsesOutbox && outbox.Current is null)
        {
            throw new ConfigurationException(
                $"The saga {typeof(TSaga).Name} is stored with PostgresRepository(r => r.UseOutbox()), but its endpoint has no PostgreSQL " +
                "outbox: call UsePostgresOutbox(context) on the saga configurator (after UseMessageRetry).");
        }

        return next.Send(new PostgresSagaRepositoryContext<TSaga, T>(table, context, factory, outbox.Current, outbox.Current is null ? null : outbox.Pending));
    }

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        throw new NotImplementedByDesignException("The PostgreSQL saga repository correlates by CorrelationId only; query correlation is not supported.");

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        asyncMethod(new PostgresLoadSagaRepositoryContext<TSaga>(table, cancellationToken));

    public void Probe(ProbeContext context) => context.Add("persistence", "postgresql");
}
