using MassTransit;
using MassTransit.Saga;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>Creates the repository context MassTransit's saga pipeline loads, adds, updates and deletes through.</summary>
internal sealed class PostgresSagaRepositoryContextFactory<TSaga>(
    PostgresSagaTable<TSaga> table,
    ISagaConsumeContextFactory<PostgresSagaTable<TSaga>, TSaga> factory)
    : ISagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
{
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class =>
        next.Send(new PostgresSagaRepositoryContext<TSaga, T>(table, context, factory));

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        throw new NotImplementedByDesignException("The PostgreSQL saga repository correlates by CorrelationId only; query correlation is not supported.");

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        asyncMethod(new PostgresLoadSagaRepositoryContext<TSaga>(table, cancellationToken));

    public void Probe(ProbeContext context) => context.Add("persistence", "postgresql");
}
