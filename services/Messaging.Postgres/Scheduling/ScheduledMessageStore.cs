using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// The scheduler's SQL. Schedule and cancel of one token are serialized by a transaction-scoped advisory lock, so
/// a cancel always wins, whichever of the two commits first.
/// </summary>
internal sealed class ScheduledMessageStore
{
    /// <summary>The channel a schedule notifies with its due time in Unix milliseconds.</summary>
    public const string DueChannel = "scheduled_message_due";

    /// <summary>First key of the per-token advisory lock ("SC").</summary>
    const int TokenLockClass = 0x5343;

    const string UpsertSql = """
        WITH stored AS (
            INSERT INTO scheduled_messages (
                token_id, due_at, destination, content_type, body, message_types, headers,
                message_id, correlation_id, conversation_id, initiator_id, request_id,
                source_address, response_address, fault_address, expiration_time)
            SELECT @token_id, @due_at, @destination, @content_type, @body, @message_types, @headers,
                   @message_id, @correlation_id, @conversation_id, @initiator_id, @request_id,
                   @source_address, @response_address, @fault_address, @expiration_time
            WHERE NOT EXISTS (SELECT 1 FROM scheduled_message_tombstones WHERE token_id = @token_id)
            ON CONFLICT (token_id) DO UPDATE SET
                due_at = EXCLUDED.due_at, destination = EXCLUDED.destination, content_type = EXCLUDED.content_type,
                body = EXCLUDED.body, message_types = EXCLUDED.message_types, headers = EXCLUDED.headers,
                message_id = EXCLUDED.message_id, correlation_id = EXCLUDED.correlation_id,
                conversation_id = EXCLUDED.conversation_id, initiator_id = EXCLUDED.initiator_id,
                request_id = EXCLUDED.request_id, source_address = EXCLUDED.source_address,
                response_address = EXCLUDED.response_address, fault_address = EXCLUDED.fault_address,
                expiration_time = EXCLUDED.expiration_time, attempts = 0, last_error = NULL
            RETURNING due_at)
        SELECT count(pg_notify('scheduled_message_due', (extract(epoch FROM due_at) * 1000)::bigint::text)) FROM stored
        """;

    public ScheduledMessageStore(PostgresDataSources dataSources, IOptions<PostgresSchedulerOptions> options)
    {
        var dataSource = dataSources.Get(options.Value.ConnectionStringName);
        Schema = new PostgresSchema(dataSource, SchedulerMigrations.Component, SchedulerMigrations.All);
    }

    public PostgresSchema Schema { get; }

    NpgsqlDataSource DataSource => Schema.DataSource;

    /// <summary>Stores (or replaces) a pending message; returns false when its token was already cancelled.</summary>
    public async Task<bool> ScheduleAsync(ScheduledMessageRecord message, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);

        await using var batch = DataSource.CreateBatch();
        foreach (var command in ScheduleCommands(message))
        {
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) > 0;
    }

    /// <summary>Records the cancellation and removes the pending message, if any; returns whether one was removed.</summary>
    public async Task<bool> CancelAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);

        await using var batch = DataSource.CreateBatch();
        var commands = CancelCommands(tokenId);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return commands[^1].RecordsAffected > 0;
    }

    /// <summary>
    /// The statements that store (or replace) <paramref name="message"/>, unless its token was cancelled: the token's lock, then
    /// the upsert, whose one row counts the stored messages (0 when cancelled). Run in any transaction on the scheduler's database.
    /// </summary>
    public static NpgsqlBatchCommand[] ScheduleCommands(ScheduledMessageRecord message)
    {
        var upsert = new NpgsqlBatchCommand(UpsertSql);
        upsert.Parameters.AddWithValue("token_id", message.TokenId);
        upsert.Parameters.AddWithValue("due_at", NpgsqlDbType.TimestampTz, message.DueAt);
        upsert.Parameters.AddWithValue("destination", message.Destination.ToString());
        upsert.Parameters.AddWithValue("content_type", message.ContentType);
        upsert.Parameters.AddWithValue("body", message.Body);
        upsert.Parameters.AddWithValue("message_types", message.MessageTypes);
        upsert.Parameters.AddWithValue("headers", NpgsqlDbType.Jsonb, message.HeadersJson);
        upsert.Parameters.AddWithValue("message_id", NpgsqlDbType.Uuid, (object?)message.MessageId ?? DBNull.Value);
        upsert.Parameters.AddWithValue("correlation_id", NpgsqlDbType.Uuid, (object?)message.CorrelationId ?? DBNull.Value);
        upsert.Parameters.AddWithValue("conversation_id", NpgsqlDbType.Uuid, (object?)message.ConversationId ?? DBNull.Value);
        upsert.Parameters.AddWithValue("initiator_id", NpgsqlDbType.Uuid, (object?)message.InitiatorId ?? DBNull.Value);
        upsert.Parameters.AddWithValue("request_id", NpgsqlDbType.Uuid, (object?)message.RequestId ?? DBNull.Value);
        upsert.Parameters.AddWithValue("source_address", NpgsqlDbType.Text, (object?)message.SourceAddress?.ToString() ?? DBNull.Value);
        upsert.Parameters.AddWithValue("response_address", NpgsqlDbType.Text, (object?)message.ResponseAddress?.ToString() ?? DBNull.Value);
        upsert.Parameters.AddWithValue("fault_address", NpgsqlDbType.Text, (object?)message.FaultAddress?.ToString() ?? DBNull.Value);
        upsert.Parameters.AddWithValue("expiration_time", NpgsqlDbType.TimestampTz, (object?)message.ExpirationTime ?? DBNull.Value);
        return [LockToken(message.TokenId), upsert];
    }

    /// <summary>The statements that cancel <paramref name="tokenId"/>: the token's lock, a tombstone, the pending message's delete (last).</summary>
    public static NpgsqlBatchCommand[] CancelCommands(Guid tokenId)
    {
        var tombstone = new NpgsqlBatchCommand("INSERT INTO scheduled_message_tombstones (token_id) VALUES (@token_id) ON CONFLICT (token_id) DO NOTHING");
        tombstone.Parameters.AddWithValue("token_id", tokenId);
        var delete = new NpgsqlBatchCommand("DELETE FROM scheduled_messages WHERE token_id = @token_id");
        delete.Parameters.AddWithValue("token_id", tokenId);
        return [LockToken(tokenId), tombstone, delete];
    }

    /// <summary>Locks up to <paramref name="batchSize"/> due messages that no other dispatcher holds.</summary>
    public async Task<ScheduledMessageClaim> ClaimDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        return await ScheduledMessageClaim.OpenAsync(DataSource, batchSize, cancellationToken);
    }

    /// <summary>The database clock, the earliest due time after <paramref name="after"/> if any, and how many messages are stored.</summary>
    public async Task<(DateTime Now, DateTime? NextDue, long Pending)> GetNextDueAsync(DateTime after, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("""
            SELECT now(), (SELECT min(due_at) FROM scheduled_messages WHERE due_at > @after), (SELECT count(*) FROM scheduled_messages)
            """);
        command.Parameters.AddWithValue("after", NpgsqlDbType.TimestampTz, after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetDateTime(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1), reader.GetInt64(2));
    }

    public async Task<int> PurgeTombstonesAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("DELETE FROM scheduled_message_tombstones WHERE cancelled_at < now() - @retention");
        command.Parameters.AddWithValue("retention", NpgsqlDbType.Interval, retention);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    static NpgsqlBatchCommand LockToken(Guid tokenId)
    {
        var command = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@lock_class, @lock_key)");
        command.Parameters.AddWithValue("lock_class", TokenLockClass);
        command.Parameters.AddWithValue("lock_key", LockKey(tokenId));
        return command;
    }

    /// <summary>A stable 32-bit key of the token (the same in every process); collisions only serialize unrelated tokens.</summary>
    static int LockKey(Guid tokenId)
    {
        Span<byte> bytes = stackalloc byte[16];
        tokenId.TryWriteBytes(bytes);
        return BitConverter.ToInt32(bytes[..4]) ^ BitConverter.ToInt32(bytes[4..8]) ^ BitConverter.ToInt32(bytes[8..12]) ^ BitConverter.ToInt32(bytes[12..]);
    }
}
