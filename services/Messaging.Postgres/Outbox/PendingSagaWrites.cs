using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// The saga writes (insert, versioned update or delete) of one outbox pass, held back so they travel in the same round trip
/// as the pass's inbox mark and outgoing messages. Each write returns a row when it took effect; a write that returns none
/// lost to a concurrent writer and throws its conflict, so the pass rolls back and message retry runs it again.
/// </summary>
internal sealed class PendingSagaWrites
{
    readonly List<(NpgsqlBatchCommand Command, Func<Exception> Conflict)> _writes = [];

    public int Count => _writes.Count;

    /// <summary>Holds <paramref name="command"/> (which must return a row when it took effect) until the pass writes.</summary>
    public void Add(NpgsqlBatchCommand command, Func<Exception> conflict) => _writes.Add((command, conflict));

    /// <summary>Puts the pending writes at the start of <paramref name="batch"/>; read them back with <see cref="VerifyAsync"/>.</summary>
    public IReadOnlyList<(NpgsqlBatchCommand Command, Func<Exception> Conflict)> MoveTo(NpgsqlBatch batch)
    {
        var writes = _writes.ToArray();
        _writes.Clear();
        foreach (var (command, _) in writes)
        {
            batch.BatchCommands.Add(command);
        }

        return writes;
    }

    /// <summary>Reads the result of each write moved into the batch (one result set each), throwing the first conflict.</summary>
    public static async Task VerifyAsync(
        NpgsqlDataReader reader, IReadOnlyList<(NpgsqlBatchCommand Command, Func<Exception> Conflict)> writes, CancellationToken cancellationToken)
    {
        foreach (var (_, conflict) in writes)
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw conflict();
            }

            await reader.NextResultAsync(cancellationToken);
        }
    }

    /// <summary>Writes what is still pending on its own (a pass that commits without recording a consumed message).</summary>
    public async Task FlushAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (_writes.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        var writes = MoveTo(batch);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await VerifyAsync(reader, writes, cancellationToken);
    }

    public void Clear() => _writes.Clear();
}
