using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>
/// The SQL of one outbox pass, on the pass's transaction. The transaction holds the message's inbox row locked from
/// the first statement: whoever holds it (the consuming process or a relay) is the only one delivering.
/// </summary>
internal static class OutboxPassCommands
{
    /// <summary>
    /// Creates or locks the inbox row of a message; a concurrent duplicate waits here until the first commits. A later pass
    /// over the same consumed message (<paramref name="countReceive"/> false) finds the row its first pass committed and only
    /// locks it (no new row version); the upsert remains the fallback.
    /// </summary>
    public static async Task<InboxState> LockInboxAsync(NpgsqlTransaction transaction, InboxKey inbox, bool countReceive, CancellationToken cancellationToken)
    {
        if (!countReceive && await TryLockExistingAsync(transaction, inbox, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO inbox_state (message_id, consumer_id) VALUES (@message_id, @consumer_id)
            ON CONFLICT (message_id, consumer_id) DO UPDATE SET receive_count = inbox_state.receive_count + @increment
            RETURNING receive_count, consumed_at, delivered_at, last_sequence_number
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("message_id", inbox.MessageId);
        command.Parameters.AddWithValue("consumer_id", inbox.ConsumerId);
        command.Parameters.AddWithValue("increment", countReceive ? 1 : 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadState(reader);
    }

    /// <summary>
    /// The delivery pass right after this process's own consuming pass, in one statement: locks the inbox row and, when it is
    /// consumed and not yet delivered, marks it delivered up to <paramref name="lastSequence"/> and deletes its outgoing messages
    /// ahead of the sends. The pass's transaction holds all of it: a send that fails rolls it back, the relay delivers later.
    /// Answers the row as it was before (null when it is missing), so the pass decides as if it had only locked it.
    /// </summary>
    public static async Task<InboxState?> LockAndMarkDeliveredAsync(NpgsqlTransaction transaction, InboxKey inbox, long lastSequence, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH locked AS (
                SELECT message_id, consumer_id, receive_count, consumed_at, delivered_at, last_sequence_number FROM inbox_state
                WHERE message_id = @message_id AND consumer_id = @consumer_id
                FOR UPDATE),
            delivered AS (
                UPDATE inbox_state i SET delivered_at = now(), relay_after = NULL, last_sequence_number = @last
                FROM locked
                WHERE i.message_id = locked.message_id AND i.consumer_id = locked.consumer_id
                  AND locked.consumed_at IS NOT NULL AND locked.delivered_at IS NULL),
            removed AS (
                DELETE FROM outbox_messages o USING locked
                WHERE o.inbox_message_id = locked.message_id AND o.inbox_consumer_id = locked.consumer_id AND locked.consumed_at IS NOT NULL)
            SELECT receive_count, consumed_at, delivered_at, last_sequence_number FROM locked
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("message_id", inbox.MessageId);
        command.Parameters.AddWithValue("consumer_id", inbox.ConsumerId);
        command.Parameters.AddWithValue("last", lastSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadState(reader) : null;
    }

    static async Task<InboxState?> TryLockExistingAsync(NpgsqlTransaction transaction, InboxKey inbox, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT receive_count, consumed_at, delivered_at, last_sequence_number FROM inbox_state
            WHERE message_id = @message_id AND consumer_id = @consumer_id
            FOR UPDATE
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("message_id", inbox.MessageId);
        command.Parameters.AddWithValue("consumer_id", inbox.ConsumerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadState(reader) : null;
    }

    static InboxState ReadState(NpgsqlDataReader reader) => new(
        reader.GetInt32(0),
        reader.IsDBNull(1) ? null : reader.GetDateTime(1),
        reader.IsDBNull(2) ? null : reader.GetDateTime(2),
        reader.IsDBNull(3) ? null : reader.GetInt64(3));

    /// <summary>
    /// Records the message as consumed and stores its outgoing messages in order (their sequence numbers are set).
    /// A message that sent nothing is delivered at once; the others become the relay's after <paramref name="relayDelay"/>.
    /// The saga's pending writes go first, in the same round trip; one that lost to a concurrent writer throws its conflict.
    /// Schedules and cancellations captured for this database's scheduler (<paramref name="scheduled"/>) go last.
    /// </summary>
    public static async Task MarkConsumedAsync(
        NpgsqlTransaction transaction,
        InboxKey inbox,
        IReadOnlyList<PostgresOutboxMessage> messages,
        IReadOnlyList<NpgsqlBatchCommand> scheduled,
        TimeSpan relayDelay,
        PendingSagaWrites sagaWrites,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        var writes = sagaWrites.MoveTo(batch);
        foreach (var message in messages)
        {
            batch.BatchCommands.Add(OutboxMessageRows.Insert(inbox, message));
        }

        var consumed = new NpgsqlBatchCommand("""
            UPDATE inbox_state
            SET consumed_at = now(),
                delivered_at = CASE WHEN @has_messages THEN NULL ELSE now() END,
                relay_after = CASE WHEN @has_messages THEN now() + @relay_delay END
            WHERE message_id = @message_id AND consumer_id = @consumer_id
            """);
        consumed.Parameters.AddWithValue("has_messages", messages.Count > 0);
        consumed.Parameters.AddWithValue("relay_delay", NpgsqlDbType.Interval, relayDelay);
        AddKey(consumed, inbox);
        batch.BatchCommands.Add(consumed);
        foreach (var statement in scheduled)
        {
            batch.BatchCommands.Add(statement);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await PendingSagaWrites.VerifyAsync(reader, writes, cancellationToken);
        foreach (var message in messages)
        {
            await reader.ReadAsync(cancellationToken);
            message.SequenceNumber = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
        }

        // The scheduler's statements come last; reading to the end surfaces any error they raised before the commit.
        while (await reader.NextResultAsync(cancellationToken))
        {
        }
    }

    /// <summary>The message's outgoing messages after <paramref name="afterSequence"/>, in order, at most <paramref name="limit"/>.</summary>
    public static async Task<List<PostgresOutboxMessage>> LoadMessagesAsync(
        NpgsqlTransaction transaction, InboxKey inbox, long? afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT {OutboxMessageRows.Columns} FROM outbox_messages
            WHERE inbox_message_id = @message_id AND inbox_consumer_id = @consumer_id AND sequence_number > @after
            ORDER BY sequence_number
            LIMIT @limit
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue("message_id", inbox.MessageId);
        command.Parameters.AddWithValue("consumer_id", inbox.ConsumerId);
        command.Parameters.AddWithValue("after", afterSequence ?? 0);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<PostgresOutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(OutboxMessageRows.Read(reader, 0));
        }

        return messages;
    }

    /// <summary>Marks the outgoing messages delivered and deletes them; the inbox row stays to recognise a redelivery.</summary>
    public static async Task MarkDeliveredAsync(NpgsqlTransaction transaction, InboxKey inbox, long? lastSequence, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        batch.BatchCommands.Add(Delivered(inbox, lastSequence));
        batch.BatchCommands.Add(DeleteMessages(inbox));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> RemoveMessagesAsync(NpgsqlTransaction transaction, InboxKey inbox, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        batch.BatchCommands.Add(DeleteMessages(inbox));
        return await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public static NpgsqlBatchCommand Delivered(InboxKey inbox, long? lastSequence)
    {
        var command = new NpgsqlBatchCommand("""
            UPDATE inbox_state SET delivered_at = now(), relay_after = NULL, last_sequence_number = coalesce(@last, last_sequence_number)
            WHERE message_id = @message_id AND consumer_id = @consumer_id
            """);
        command.Parameters.AddWithValue("last", NpgsqlDbType.Bigint, (object?)lastSequence ?? DBNull.Value);
        AddKey(command, inbox);
        return command;
    }

    public static NpgsqlBatchCommand DeleteMessages(InboxKey inbox)
    {
        var command = new NpgsqlBatchCommand("DELETE FROM outbox_messages WHERE inbox_message_id = @message_id AND inbox_consumer_id = @consumer_id");
        AddKey(command, inbox);
        return command;
    }

    public static void AddKey(NpgsqlBatchCommand command, InboxKey inbox)
    {
        command.Parameters.AddWithValue("message_id", inbox.MessageId);
        command.Parameters.AddWithValue("consumer_id", inbox.ConsumerId);
    }
}
