using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// The connection and transaction one consumed message's inbox record, saga change and outgoing messages share
/// (scoped: one per consumed message). The outbox opens it around each pass; the saga repository writes through it.
/// </summary>
/// <typeparam name="TSaga">The saga whose endpoint uses the outbox (also the outbox filter's context type).</typeparam>
internal sealed class PostgresOutboxTransaction<TSaga>
    where TSaga : class
{
    /// <summary>The open transaction of the current pass, or null outside the outbox.</summary>
    public NpgsqlTransaction? Current { get; private set; }

    /// <summary>The saga writes of the current pass, sent with its inbox mark and outgoing messages.</summary>
    public PendingSagaWrites Pending { get; } = new();

    public void Begin(NpgsqlTransaction transaction)
    {
        if (Current is not null)
        {
            throw new InvalidOperationException($"An outbox transaction of {typeof(TSaga).Name} is already open in this scope.");
        }

        Pending.Clear();
        Current = transaction;
    }

    public void End()
    {
        Pending.Clear();
        Current = null;
    }
}
