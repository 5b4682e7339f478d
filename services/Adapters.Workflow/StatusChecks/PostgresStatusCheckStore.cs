using System.Text.Json;
using GenerationGateway.Adapters.Workflow.Vendors;
using MassTransit.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>
/// The status checks in the adapter's own database, shared by its replicas: a claim takes due rows with
/// <c>FOR UPDATE SKIP LOCKED</c> (two replicas never claim the same row) and moves their due time to the end of the lease,
/// so the rows of a replica killed mid-pass come due again and another replica takes them over.
/// </summary>
public sealed class PostgresStatusCheckStore(StatusCheckDatabase database) : IStatusCheckStore
{
    static JsonSerializerOptions Json => SystemTextJsonMessageSerializer.Options;

    public async Task TrackAsync(StatusCheckEntry entry, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(transaction,
            """
            INSERT INTO status_checks (generation_id, vendor, job, deadline, next_check_at, check_count, consecutive_failures, last_percent, trace_parent)
            VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (generation_id) DO NOTHING
            """,
            cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.GenerationId });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Vendor });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(entry.Job, Json) });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Deadline });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.NextCheckAt });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.CheckCount });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.ConsecutiveFailures });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.LastPercent ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.TraceParent ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StatusCheckEntry>> ClaimDueAsync(
        string vendor, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            """
            WITH due AS (
                SELECT generation_id, next_check_at FROM status_checks
                WHERE vendor = $1 AND next_check_at <= $2
                ORDER BY next_check_at
                LIMIT $3
                FOR UPDATE SKIP LOCKED)
            UPDATE status_checks s SET next_check_at = $4, lease_owner = $5
            FROM due WHERE s.generation_id = due.generation_id
            RETURNING s.generation_id, s.job, s.deadline, due.next_check_at, s.check_count, s.consecutive_failures, s.last_percent, s.trace_parent
            """,
            cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = vendor });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = leaseUntil });
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        var claimed = new List<StatusCheckEntry>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new StatusCheckEntry
            {
                Vendor = vendor,
                GenerationId = reader.GetGuid(0),
                Job = JsonSerializer.Deserialize<VendorJob>(reader.GetString(1), Json)!,
                Deadline = reader.GetFieldValue<DateTimeOffset>(2),
                NextCheckAt = reader.GetFieldValue<DateTimeOffset>(3),
                CheckCount = reader.GetInt32(4),
                ConsecutiveFailures = reader.GetInt32(5),
                LastPercent = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                TraceParent = reader.IsDBNull(7) ? null : reader.GetString(7),
            });
        }

        return claimed;
    }

    public async Task RescheduleAsync(string owner, IReadOnlyList<StatusCheckReschedule> checks, CancellationToken cancellationToken)
    {
        if (checks.Count == 0)
        {
            return;
        }

        // One statement for the whole pass: the rows as arrays, joined back by generation id.
        await using var command = await database.CommandAsync(
            """
            UPDATE status_checks s SET
                next_check_at = c.next_check_at,
                check_count = c.check_count,
                consecutive_failures = c.consecutive_failures,
                last_percent = c.last_percent,
                job = COALESCE(c.job, s.job),
                lease_owner = NULL
            FROM unnest($2::uuid[], $3::timestamptz[], $4::integer[], $5::integer[], $6::integer[], $7::jsonb[])
                AS c(generation_id, next_check_at, check_count, consecutive_failures, last_percent, job)
            WHERE s.generation_id = c.generation_id AND s.lease_owner = $1
            """,
            cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = checks.Select(c => c.GenerationId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = checks.Select(c => c.NextCheckAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = checks.Select(c => c.CheckCount).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = checks.Select(c => c.ConsecutiveFailures).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = checks.Select(c => c.LastPercent).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = checks.Select(c => c.Job is null ? null : JsonSerializer.Serialize(c.Job, Json)).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task CheckNowAsync(Guid generationId, DateTimeOffset now, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            transaction,
            "UPDATE status_checks SET next_check_at = $2 WHERE generation_id = $1 AND next_check_at > $2", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = generationId });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(Guid generationId, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(transaction, "DELETE FROM status_checks WHERE generation_id = $1", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = generationId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> NextDueAsync(string vendor, CancellationToken cancellationToken)
    {
        await using var command = await database.CommandAsync(
            "SELECT next_check_at FROM status_checks WHERE vendor = $1 ORDER BY next_check_at LIMIT 1", cancellationToken);
        command.Parameters.Add(new NpgsqlParameter { Value = vendor });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime due
            ? new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc))
            : null;
    }
}
