using GenerationGateway.Messaging.Postgres.Outbox;
using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>
/// One message's view of the saga table. MassTransit drives it: Load → behaviour → Update/Delete for an existing
/// instance, Add → behaviour → Save/Discard for a new one. Every write is checked against the version read. With
/// the outbox, every read and write runs on the consumed message's outbox transaction, and the writes go out with the
/// pass's inbox mark (<see cref="PendingSagaWrites"/>).
/// </summary>
internal sealed class PostgresSagaRepositoryContext<TSaga, TMessage> : ConsumeContextScope<TMessage>, SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISagaVersion
    where TMessage : class
{
    readonly PostgresSagaTable<TSaga> _table;
    readonly ConsumeContext<TMessage> _context;
    readonly ISagaConsumeContextFactory<PostgresSagaTable<TSaga>, TSaga> _factory;
    readonly NpgsqlTransaction? _transaction;
    readonly PendingSagaWrites? _pending;

    public PostgresSagaRepositoryContext(
        PostgresSagaTable<TSaga> table,
        ConsumeContext<TMessage> context,
        ISagaConsumeContextFactory<PostgresSagaTable<TSaga>, TSaga> factory,
        NpgsqlTransaction? transaction,
        PendingSagaWrites? pending)
        : base(context)
    {
        _table = table;
        _context = context;
        _factory = factory;
        _transaction = transaction;
        _pending = pending;
    }

    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        _factory.CreateSagaConsumeContext(_table, _context, instance, SagaConsumeContextMode.Add);

    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        // Returning null tells the pipeline the instance exists already, so it loads it instead.
        return await _table.TryInsertAsync(instance, CancellationToken, _transaction)
            ? await _factory.CreateSagaConsumeContext(_table, _context, instance, SagaConsumeContextMode.Insert)
            : null!;
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId)
    {
        var instance = await _table.LoadAsync(correlationId, CancellationToken, _transaction);
        return instance is null
            ? null!
            : await _factory.CreateSagaConsumeContext(_table, _context, instance, SagaConsumeContextMode.Load);
    }

    public Task Save(SagaConsumeContext<TSaga> context) => _table.InsertAsync(context.Saga, CancellationToken, _transaction, _pending);

    public Task Update(SagaConsumeContext<TSaga> context) => _table.UpdateAsync(context.Saga, CancellationToken, _transaction, _pending);

    public Task Delete(SagaConsumeContext<TSaga> context) => _table.DeleteAsync(context.Saga, CancellationToken, _transaction, _pending);

    public Task Discard(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task Undo(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        _factory.CreateSagaConsumeContext(_table, consumeContext, instance, mode);
}
