using System.Text.Json;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.Webhooks.Api;
using GenerationGateway.Webhooks.Delivery;
using Npgsql;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// The store in PostgreSQL (schema <c>webhooks</c>). Due deliveries are claimed with <c>FOR UPDATE SKIP LOCKED</c> and a
/// lease (their next attempt time moves forward), so replicas never send the same attempt twice at once and a replica
/// that dies mid-send leaves its claims due again once the lease is over.
/// </summary>
public sealed class PostgresWebhookStore(WebhooksDatabase database) : IWebhookStore
{
    const string S = WebhooksDatabase.Schema;
    const string EndpointColumns = "id, tenant_id, url, events, secret, previous_secret, previous_secret_expires_at, disabled_at, created_at";
    const string DeliveryColumns = "id, tenant_id, endpoint_id, url, generation_id, event_type, payload, status, attempts, next_attempt_at, created_at, retry_until, delivered_at, last_error";

    static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task AddEndpointAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        await using var command = database.DataSource.CreateCommand($"""
            INSERT INTO {S}.endpoints ({EndpointColumns}) VALUES (@id, @tenant, @url, @events, @secret, NULL, NULL, NULL, @created)
            """);
        command.Parameters.AddWithValue("id", endpoint.Id);
        command.Parameters.AddWithValue("tenant", endpoint.TenantId);
        command.Parameters.AddWithValue("url", endpoint.Url.AbsoluteUri);
        command.Parameters.AddWithValue("events", endpoint.Events.ToArray());
        command.Parameters.AddWithValue("secret", endpoint.Secret);
        command.Parameters.AddWithValue("created", endpoint.CreatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {EndpointColumns} FROM {S}.endpoints WHERE tenant_id = @tenant ORDER BY created_at, id");
        command.Parameters.AddWithValue("tenant", tenantId);
        return await ReadEndpointsAsync(command, cancellationToken);
    }

    public async Task<WebhookEndpoint?> FindEndpointAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {EndpointColumns} FROM {S}.endpoints WHERE tenant_id = @tenant AND id = @id");
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("id", id);
        return First(await ReadEndpointsAsync(command, cancellationToken));
    }

    public async Task<bool> DeleteEndpointAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            WITH gone AS (DELETE FROM {S}.endpoints WHERE tenant_id = @tenant AND id = @id RETURNING id),
                 ended AS (UPDATE {S}.deliveries SET status = 'endpoint-disabled' WHERE endpoint_id IN (SELECT id FROM gone) AND status = 'pending')
            SELECT count(*) FROM gone
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("id", id);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    public async Task<WebhookEndpoint?> RotateSecretAsync(string tenantId, Guid id, string secret, DateTimeOffset previousExpiresAt, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            UPDATE {S}.endpoints SET previous_secret = secret, previous_secret_expires_at = @expires, secret = @secret
            WHERE tenant_id = @tenant AND id = @id RETURNING {EndpointColumns}
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("secret", secret);
        command.Parameters.AddWithValue("expires", previousExpiresAt);
        return First(await ReadEndpointsAsync(command, cancellationToken));
    }

    public async Task DisableEndpointAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            UPDATE {S}.endpoints SET disabled_at = coalesce(disabled_at, @now) WHERE id = @id;
            UPDATE {S}.deliveries SET status = 'endpoint-disabled' WHERE endpoint_id = @id AND status = 'pending';
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<GenerationRecord> MergeAsync(GenerationChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var ensure = new NpgsqlCommand($"INSERT INTO {S}.generations (id, record) VALUES (@id, 'null'::jsonb) ON CONFLICT (id) DO NOTHING", connection, transaction))
        {
            ensure.Parameters.AddWithValue("id", change.GenerationId);
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }

        GenerationRecord? current;
        await using (var read = new NpgsqlCommand($"SELECT record::text, stage_reported_at FROM {S}.generations WHERE id = @id FOR UPDATE", connection, transaction))
        {
            read.Parameters.AddWithValue("id", change.GenerationId);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            current = JsonSerializer.Deserialize<GenerationRecord>(reader.GetString(0), Json);
            if (current is not null)
            {
                // The JSON leaves the ordering guard out (it is not part of the API's record): it has its own column.
                current = current with { StageReportedAt = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1) };
            }
        }

        var merged = GenerationMerge.Apply(current, change, now);
        await using (var write = new NpgsqlCommand($"UPDATE {S}.generations SET record = @record::jsonb, stage_reported_at = @stageReportedAt WHERE id = @id", connection, transaction))
        {
            write.Parameters.AddWithValue("id", change.GenerationId);
            write.Parameters.AddWithValue("record", JsonSerializer.Serialize(merged, Json));
            write.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("stageReportedAt", merged.StageReportedAt));
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return merged;
    }

    public async Task EnqueueAsync(IReadOnlyList<WebhookDelivery> deliveries, TimeSpan progressInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var due = delivery.NextAttemptAt;
            if (delivery.EventType == WebhookEventTypes.Progressed)
            {
                // One progress writer per generation and target at a time: coalesce into a waiting one, or space it out.
                await using (var lockTarget = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", connection, transaction))
                {
                    lockTarget.Parameters.AddWithValue("key", $"{delivery.GenerationId}|{delivery.EndpointId}|{delivery.Url.AbsoluteUri}");
                    await lockTarget.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var coalesce = new NpgsqlCommand($"""
                    UPDATE {S}.deliveries SET payload = @payload
                    WHERE generation_id = @generation AND url = @url AND endpoint_id IS NOT DISTINCT FROM @endpoint
                      AND event_type = @type AND status = 'pending' AND attempts = 0
                    """, connection, transaction);
                AddTarget(coalesce, delivery);
                coalesce.Parameters.AddWithValue("payload", delivery.Payload);
                if (await coalesce.ExecuteNonQueryAsync(cancellationToken) > 0)
                {
                    await transaction.CommitAsync(cancellationToken);
                    continue;
                }

                await using var last = new NpgsqlCommand($"""
                    SELECT max(created_at) FROM {S}.deliveries
                    WHERE generation_id = @generation AND url = @url AND endpoint_id IS NOT DISTINCT FROM @endpoint AND event_type = @type
                    """, connection, transaction);
                AddTarget(last, delivery);
                if (await last.ExecuteScalarAsync(cancellationToken) is DateTime previous
                    && new DateTimeOffset(previous, TimeSpan.Zero) + progressInterval is var spaced && spaced > due)
                {
                    due = spaced;
                }
            }

            await using (var insert = new NpgsqlCommand($"""
                INSERT INTO {S}.deliveries ({DeliveryColumns})
                VALUES (@id, @tenant, @endpoint, @url, @generation, @type, @payload, 'pending', 0, @due, @created, @retryUntil, NULL, NULL)
                ON CONFLICT (id) DO NOTHING
                """, connection, transaction))
            {
                AddTarget(insert, delivery);
                insert.Parameters.AddWithValue("id", delivery.Id);
                insert.Parameters.AddWithValue("tenant", delivery.TenantId);
                insert.Parameters.AddWithValue("payload", delivery.Payload);
                insert.Parameters.AddWithValue("due", due);
                insert.Parameters.AddWithValue("created", delivery.CreatedAt);
                insert.Parameters.AddWithValue("retryUntil", delivery.RetryUntil);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            UPDATE {S}.deliveries d SET next_attempt_at = @leaseEnd
            FROM (SELECT id FROM {S}.deliveries WHERE status = 'pending' AND next_attempt_at <= @now
                  ORDER BY next_attempt_at LIMIT @limit FOR UPDATE SKIP LOCKED) due
            WHERE d.id = due.id
            RETURNING {string.Join(", ", DeliveryColumns.Split(", ").Select(x => "d." + x))}
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("leaseEnd", now + lease);
        command.Parameters.AddWithValue("limit", limit);
        return await ReadDeliveriesAsync(command, cancellationToken);
    }

    public async Task<WebhookEndpoint?> SigningEndpointAsync(string tenantId, Guid? endpointId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(endpointId is null
            ? $"SELECT {EndpointColumns} FROM {S}.endpoints WHERE tenant_id = @tenant AND disabled_at IS NULL ORDER BY created_at, id LIMIT 1"
            : $"SELECT {EndpointColumns} FROM {S}.endpoints WHERE tenant_id = @tenant AND id = @id");
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("id", endpointId ?? Guid.Empty);
        return First(await ReadEndpointsAsync(command, cancellationToken));
    }

    public async Task RecordAttemptAsync(WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(delivery);
        await using var command = database.DataSource.CreateCommand($"""
            INSERT INTO {S}.attempts (delivery_id, number, started_at, duration_ms, status_code, error)
            VALUES (@id, @number, @started, @duration, @code, @error) ON CONFLICT DO NOTHING;
            UPDATE {S}.deliveries SET status = @status, attempts = @attempts, next_attempt_at = @next, delivered_at = @delivered, last_error = @error
            WHERE id = @id AND status = 'pending';
            """);
        command.Parameters.AddWithValue("id", attempt.DeliveryId);
        command.Parameters.AddWithValue("number", attempt.Number);
        command.Parameters.AddWithValue("started", attempt.StartedAt);
        command.Parameters.AddWithValue("duration", attempt.DurationMs);
        command.Parameters.AddWithValue("code", (object?)attempt.StatusCode ?? DBNull.Value);
        command.Parameters.AddWithValue("error", (object?)attempt.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("status", StatusName(delivery.Status));
        command.Parameters.AddWithValue("attempts", delivery.Attempts);
        command.Parameters.AddWithValue("next", delivery.NextAttemptAt);
        command.Parameters.AddWithValue("delivered", (object?)delivery.DeliveredAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string tenantId, Guid? endpointId, Guid? generationId, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            SELECT {DeliveryColumns} FROM {S}.deliveries
            WHERE tenant_id = @tenant AND (@endpoint::uuid IS NULL OR endpoint_id = @endpoint) AND (@generation::uuid IS NULL OR generation_id = @generation)
            ORDER BY created_at DESC, id LIMIT @limit
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("endpoint", endpointId));
        command.Parameters.Add(new NpgsqlParameter<Guid?>("generation", generationId));
        command.Parameters.AddWithValue("limit", limit);
        return await ReadDeliveriesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookAttempt>> ListAttemptsAsync(IReadOnlyCollection<string> deliveryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveryIds);
        await using var command = database.DataSource.CreateCommand($"""
            SELECT delivery_id, number, started_at, duration_ms, status_code, error FROM {S}.attempts
            WHERE delivery_id = ANY(@ids) ORDER BY delivery_id, number
            """);
        command.Parameters.AddWithValue("ids", deliveryIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var attempts = new List<WebhookAttempt>();
        while (await reader.ReadAsync(cancellationToken))
        {
            attempts.Add(new WebhookAttempt
            {
                DeliveryId = reader.GetString(0),
                Number = reader.GetInt32(1),
                StartedAt = reader.GetFieldValue<DateTimeOffset>(2),
                DurationMs = reader.GetDouble(3),
                StatusCode = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Error = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return attempts;
    }

    public async Task<WebhookDelivery?> RedeliverAsync(string tenantId, string deliveryId, DateTimeOffset now, DateTimeOffset retryUntil, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"""
            UPDATE {S}.deliveries SET status = 'pending', next_attempt_at = @now, retry_until = @retryUntil
            WHERE tenant_id = @tenant AND id = @id RETURNING {DeliveryColumns}
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("id", deliveryId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("retryUntil", retryUntil);
        return First(await ReadDeliveriesAsync(command, cancellationToken));
    }

    public async Task<(long Pending, DateTimeOffset? Oldest)> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT count(*), min(created_at) FROM {S}.deliveries WHERE status = 'pending'");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }

    static T? First<T>(IReadOnlyList<T> items)
        where T : class => items.Count > 0 ? items[0] : null;

    static void AddTarget(NpgsqlCommand command, WebhookDelivery delivery)
    {
        command.Parameters.AddWithValue("generation", delivery.GenerationId);
        command.Parameters.AddWithValue("url", delivery.Url.AbsoluteUri);
        command.Parameters.Add(new NpgsqlParameter<Guid?>("endpoint", delivery.EndpointId));
        command.Parameters.AddWithValue("type", delivery.EventType);
    }

    static async Task<IReadOnlyList<WebhookEndpoint>> ReadEndpointsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var endpoints = new List<WebhookEndpoint>();
        while (await reader.ReadAsync(cancellationToken))
        {
            endpoints.Add(new WebhookEndpoint
            {
                Id = reader.GetGuid(0),
                TenantId = reader.GetString(1),
                Url = new Uri(reader.GetString(2)),
                Events = reader.GetFieldValue<string[]>(3),
                Secret = reader.GetString(4),
                PreviousSecret = reader.IsDBNull(5) ? null : reader.GetString(5),
                PreviousSecretExpiresAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                DisabledAt = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(8),
            });
        }

        return endpoints;
    }

    static async Task<IReadOnlyList<WebhookDelivery>> ReadDeliveriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var deliveries = new List<WebhookDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            deliveries.Add(new WebhookDelivery
            {
                Id = reader.GetString(0),
                TenantId = reader.GetString(1),
                EndpointId = reader.IsDBNull(2) ? null : reader.GetGuid(2),
                Url = new Uri(reader.GetString(3)),
                GenerationId = reader.GetGuid(4),
                EventType = reader.GetString(5),
                Payload = reader.GetString(6),
                Status = ParseStatus(reader.GetString(7)),
                Attempts = reader.GetInt32(8),
                NextAttemptAt = reader.GetFieldValue<DateTimeOffset>(9),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(10),
                RetryUntil = reader.GetFieldValue<DateTimeOffset>(11),
                DeliveredAt = reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
                LastError = reader.IsDBNull(13) ? null : reader.GetString(13),
            });
        }

        return deliveries;
    }

    static string StatusName(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => "pending",
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.Failed => "failed",
        _ => "endpoint-disabled",
    };

    static DeliveryStatus ParseStatus(string status) => status switch
    {
        "pending" => DeliveryStatus.Pending,
        "delivered" => DeliveryStatus.Delivered,
        "failed" => DeliveryStatus.Failed,
        _ => DeliveryStatus.EndpointDisabled,
    };
}
