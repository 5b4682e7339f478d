using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>Loads an instance outside a message (<see cref="ILoadSagaRepository{TSaga}"/>, e.g. for a status endpoint).</summary>
internal sealed class PostgresLoadSagaRepositoryContext<TSaga>(PostgresSagaTable<TSaga> table, CancellationToken cancellationToken)
    : BasePipeContext(cancellationToken), LoadSagaRepositoryContext<TSaga>
    where TSaga : class, ISagaVersion
{
    public async Task<TSaga> Load(Guid correlationId) => (await table.LoadAsync(correlationId, CancellationToken))!;
}
