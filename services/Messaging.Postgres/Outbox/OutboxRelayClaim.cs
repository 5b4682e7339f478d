using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// One relay transaction: inbox rows whose messages were left undelivered, locked with <c>FOR UPDATE SKIP LOCKED</c>
/// (other relays and the consuming process skip or wait), with their messages in sequence order. Each row ends
/// delivered (its messages deleted) or pushed back with a back-off, all committed together.
/// </summary>
internal sealed class OutboxRelayClaim : IAsyncDisposable
{
    static readonly string ClaimSql = $"""
        WITH claimed AS (
            SELECT message_id, consumer_id, last_sequence_number, relay_attempts
            FROM inbox_state
            WHERE delivered_at IS NULL AND relay_after <= now()
            ORDER BY relay_after
            LIMIT @batch_size
            FOR UPDATE SKIP LOCKED)
        SELECT c.message_id, c.consumer_id, c.relay_attempts, {OutboxMessageRows.ColumnsOf("m")}
        FROM claimed c
        LEFT JOIN outbox_messages m ON m.inbox_message_id = c.message_id AND m.inbox_consumer_id = c.consumer_id
            AND m.sequence_number > coalesce(c.last_sequence_number, 0)
        ORDER BY m.sequence_number NULLS FIRST
        """;

    readonly NpgsqlTransaction _transaction;
    readonly List<NpgsqlBatchCommand> _outcomes = [];

    OutboxRelayClaim(NpgsqlTransaction transaction, IReadOnlyList<OutboxRelayEntry> entries)
    {
        _transaction = transaction;
        Entries = entries;
    }

    /// <summary>The claimed inbox rows, ordered by their first message (global sequence order keeps each saga's order).</summary>
    public IReadOnlyList<OutboxRelayEntry> Entries { get; }

    public static async Task<OutboxRelayClaim> OpenAsync(NpgsqlDataSource dataSource, int batchSize, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ClaimSql, connection, transaction);
            command.Parameters.AddWithValue("batch_size", batchSize);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);

            var entries = new List<OutboxRelayEntry>();
            var byKey = new Dictionary<InboxKey, OutboxRelayEntry>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new InboxKey(reader.GetGuid(0), reader.GetString(1));
                if (!byKey.TryGetValue(key, out var entry))
                {
                    byKey[key] = entry = new OutboxRelayEntry(key, reader.GetInt32(2));
                    entries.Add(entry);
                }

                if (!reader.IsDBNull(3))
                {
                    entry.Messages.Add(OutboxMessageRows.Read(reader, 3));
                }
            }

            return new OutboxRelayClaim(transaction, entries);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }

    public void MarkDelivered(OutboxRelayEntry entry, long? lastSequence)
    {
        _outcomes.Add(OutboxPassCommands.Delivered(entry.Inbox, lastSequence));
        _outcomes.Add(OutboxPassCommands.DeleteMessages(entry.Inbox));
    }

    /// <summary>Keeps what was sent (<paramref name="lastSequence"/>) and retries the rest after <paramref name="retryAfter"/>.</summary>
    public void MarkFailed(OutboxRelayEntry entry, long? lastSequence, TimeSpan retryAfter, string error)
    {
        var command = new NpgsqlBatchCommand("""
            UPDATE inbox_state
            SET relay_attempts = relay_attempts + 1, last_error = @error, relay_after = now() + @retry_after,
                last_sequence_number = coalesce(@last, last_sequence_number)
            WHERE message_id = @message_id AND consumer_id = @consumer_id
            """);
        command.Parameters.AddWithValue("error", error);
        command.Parameters.AddWithValue("retry_after", NpgsqlDbType.Interval, retryAfter);
        command.Parameters.AddWithValue("last", NpgsqlDbType.Bigint, (object?)lastSequence ?? DBNull.Value);
        OutboxPassCommands.AddKey(command, entry.Inbox);
        _outcomes.Add(command);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_outcomes.Count > 0)
        {
            await using var batch = new NpgsqlBatch(_transaction.Connection, _transaction);
            foreach (var outcome in _outcomes)
            {
                batch.BatchCommands.Add(outcome);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        var connection = _transaction.Connection;
        await _transaction.DisposeAsync();
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
