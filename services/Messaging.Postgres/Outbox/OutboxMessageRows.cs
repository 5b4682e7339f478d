using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>How an <see cref="PostgresOutboxMessage"/> maps to a row of <c>outbox_messages</c>.</summary>
internal static class OutboxMessageRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns = """
        sequence_number, message_id, destination_address, content_type, message_type, body, headers, properties,
        conversation_id, correlation_id, initiator_id, request_id, source_address, response_address, fault_address,
        sent_time, expiration_time
        """;

    /// <summary><see cref="Columns"/> of the table aliased <paramref name="alias"/>.</summary>
    public static string ColumnsOf(string alias) => string.Join(", ", Columns.Split(',').Select(column => $"{alias}.{column.Trim()}"));

    public static NpgsqlBatchCommand Insert(InboxKey inbox, PostgresOutboxMessage message)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO outbox_messages (inbox_message_id, inbox_consumer_id, message_id, destination_address, content_type,
                message_type, body, headers, properties, conversation_id, correlation_id, initiator_id, request_id,
                source_address, response_address, fault_address, sent_time, expiration_time)
            VALUES (@inbox_message_id, @inbox_consumer_id, @message_id, @destination_address, @content_type, @message_type, @body,
                @headers, @properties, @conversation_id, @correlation_id, @initiator_id, @request_id, @source_address,
                @response_address, @fault_address, @sent_time, @expiration_time)
            RETURNING sequence_number
            """);
        var parameters = command.Parameters;
        parameters.AddWithValue("inbox_message_id", inbox.MessageId);
        parameters.AddWithValue("inbox_consumer_id", inbox.ConsumerId);
        parameters.AddWithValue("message_id", message.MessageId);
        parameters.AddWithValue("destination_address", message.DestinationAddress.ToString());
        parameters.AddWithValue("content_type", message.ContentType);
        parameters.AddWithValue("message_type", message.MessageType);
        parameters.AddWithValue("body", message.Body);
        parameters.AddWithValue("headers", NpgsqlDbType.Text, (object?)message.HeadersJson ?? DBNull.Value);
        parameters.AddWithValue("properties", NpgsqlDbType.Text, (object?)message.PropertiesJson ?? DBNull.Value);
        parameters.AddWithValue("conversation_id", NpgsqlDbType.Uuid, (object?)message.ConversationId ?? DBNull.Value);
        parameters.AddWithValue("correlation_id", NpgsqlDbType.Uuid, (object?)message.CorrelationId ?? DBNull.Value);
        parameters.AddWithValue("initiator_id", NpgsqlDbType.Uuid, (object?)message.InitiatorId ?? DBNull.Value);
        parameters.AddWithValue("request_id", NpgsqlDbType.Uuid, (object?)message.RequestId ?? DBNull.Value);
        parameters.AddWithValue("source_address", NpgsqlDbType.Text, (object?)message.SourceAddress?.ToString() ?? DBNull.Value);
        parameters.AddWithValue("response_address", NpgsqlDbType.Text, (object?)message.ResponseAddress?.ToString() ?? DBNull.Value);
        parameters.AddWithValue("fault_address", NpgsqlDbType.Text, (object?)message.FaultAddress?.ToString() ?? DBNull.Value);
        parameters.AddWithValue("sent_time", NpgsqlDbType.TimestampTz, message.SentTime);
        parameters.AddWithValue("expiration_time", NpgsqlDbType.TimestampTz, (object?)message.ExpirationTime ?? DBNull.Value);
        return command;
    }

    /// <summary>Reads a message whose <see cref="Columns"/> start at <paramref name="offset"/>.</summary>
    public static PostgresOutboxMessage Read(NpgsqlDataReader reader, int offset) => new()
    {
        SequenceNumber = reader.GetInt64(offset),
        MessageId = reader.GetGuid(offset + 1),
        DestinationAddress = new Uri(reader.GetString(offset + 2)),
        ContentType = reader.GetString(offset + 3),
        MessageType = reader.GetString(offset + 4),
        Body = reader.GetString(offset + 5),
        HeadersJson = NullableString(reader, offset + 6),
        PropertiesJson = NullableString(reader, offset + 7),
        ConversationId = NullableGuid(reader, offset + 8),
        CorrelationId = NullableGuid(reader, offset + 9),
        InitiatorId = NullableGuid(reader, offset + 10),
        RequestId = NullableGuid(reader, offset + 11),
        SourceAddress = NullableUri(reader, offset + 12),
        ResponseAddress = NullableUri(reader, offset + 13),
        FaultAddress = NullableUri(reader, offset + 14),
        SentTime = reader.GetDateTime(offset + 15),
        ExpirationTime = reader.IsDBNull(offset + 16) ? null : reader.GetDateTime(offset + 16),
    };

    static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    static Guid? NullableGuid(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    static Uri? NullableUri(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new Uri(reader.GetString(ordinal));
}
