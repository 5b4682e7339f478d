using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>
/// One dispatch transaction: due rows locked with <c>FOR UPDATE SKIP LOCKED</c> (other dispatchers skip them), then
/// deleted when sent or pushed back when not, all committed together. Disposing without commit releases the rows.
/// </summary>
internal sealed class ScheduledMessageClaim : IAsyncDisposable
{
    const string ClaimSql = """
        SELECT token_id, due_at, destination, content_type, body, message_types, headers::text,
               message_id, correlation_id, conversation_id, initiator_id, request_id,
               source_address, response_address, fault_address, expiration_time, attempts
        FROM scheduled_messages
        WHERE due_at <= now()
        ORDER BY due_at
        LIMIT @batch_size
        FOR UPDATE SKIP LOCKED
        """;

    readonly NpgsqlConnection _connection;
    readonly NpgsqlTransaction _transaction;
    readonly List<Guid> _sent = [];
    readonly List<(Guid TokenId, TimeSpan RetryAfter, string Error)> _failed = [];

    ScheduledMessageClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTime claimedAt, IReadOnlyList<ScheduledMessageRecord> messages)
    {
        _connection = connection;
        _transaction = transaction;
        ClaimedAt = claimedAt;
        Messages = messages;
    }

    /// <summary>The database clock of the claim: rows due by then that were not claimed belong to another dispatcher.</summary>
    public DateTime ClaimedAt { get; }

    public IReadOnlyList<ScheduledMessageRecord> Messages { get; }

    public static async Task<ScheduledMessageClaim> OpenAsync(NpgsqlDataSource dataSource, int batchSize, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);

            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT now()"));
            var claim = new NpgsqlBatchCommand(ClaimSql);
            claim.Parameters.AddWithValue("batch_size", batchSize);
            batch.BatchCommands.Add(claim);

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var claimedAt = reader.GetDateTime(0);
            await reader.NextResultAsync(cancellationToken);

            var messages = new List<ScheduledMessageRecord>();
            while (await reader.ReadAsync(cancellationToken))
            {
                messages.Add(Read(reader));
            }

            return new ScheduledMessageClaim(connection, transaction, claimedAt, messages);
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

    public void MarkSent(Guid tokenId) => _sent.Add(tokenId);

    public void MarkFailed(Guid tokenId, TimeSpan retryAfter, string error) => _failed.Add((tokenId, retryAfter, error));

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(_connection, _transaction);
        if (_sent.Count > 0)
        {
            var delete = new NpgsqlBatchCommand("DELETE FROM scheduled_messages WHERE token_id = ANY(@token_ids)");
            delete.Parameters.AddWithValue("token_ids", _sent.ToArray());
            batch.BatchCommands.Add(delete);
        }

        foreach (var (tokenId, retryAfter, error) in _failed)
        {
            var retry = new NpgsqlBatchCommand("""
                UPDATE scheduled_messages
                SET attempts = attempts + 1, last_error = @error, due_at = now() + @retry_after
                WHERE token_id = @token_id
                """);
            retry.Parameters.AddWithValue("token_id", tokenId);
            retry.Parameters.AddWithValue("error", error);
            retry.Parameters.AddWithValue("retry_after", NpgsqlDbType.Interval, retryAfter);
            batch.BatchCommands.Add(retry);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    static ScheduledMessageRecord Read(NpgsqlDataReader reader) => new()
    {
        TokenId = reader.GetGuid(0),
        DueAt = reader.GetDateTime(1),
        Destination = new Uri(reader.GetString(2)),
        ContentType = reader.GetString(3),
        Body = reader.GetFieldValue<byte[]>(4),
        MessageTypes = reader.GetFieldValue<string[]>(5),
        HeadersJson = reader.GetString(6),
        MessageId = NullableGuid(reader, 7),
        CorrelationId = NullableGuid(reader, 8),
        ConversationId = NullableGuid(reader, 9),
        InitiatorId = NullableGuid(reader, 10),
        RequestId = NullableGuid(reader, 11),
        SourceAddress = NullableUri(reader, 12),
        ResponseAddress = NullableUri(reader, 13),
        FaultAddress = NullableUri(reader, 14),
        ExpirationTime = reader.IsDBNull(15) ? null : reader.GetDateTime(15),
        Attempts = reader.GetInt32(16),
    };

    static Guid? NullableGuid(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    static Uri? NullableUri(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new Uri(reader.GetString(ordinal));
}
