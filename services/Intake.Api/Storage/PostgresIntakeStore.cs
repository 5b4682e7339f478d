using GenerationGateway.Intake.Api.Quotas;
using Npgsql;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// Intake records in PostgreSQL. A generation holds an in-flight slot while its row's <c>holds_slot</c> is set;
/// admission runs under a per-tenant transaction-scoped advisory lock, so the count and the insert are one atomic
/// step for that tenant across every replica (two replicas can never both take the last slot).
/// </summary>
public sealed class PostgresIntakeStore : IIntakeStore
{
    const string Columns = "generation_id, tenant_id, vendor, idempotency_key, request_hash, published, created_at, end_status";

    /// <summary>First key of the two-key advisory locks that serialize one tenant's admissions (arbitrary, fixed).</summary>
    const int AdmissionLockClass = 0x1A7A_0001;

    readonly IntakeDatabase _database;
    readonly TimeProvider _timeProvider;

    public PostgresIntakeStore(IntakeDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
    }

    public async Task<IntakeAdmission> AdmitAsync(IntakeRecord record, InFlightLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await _database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockTenant = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@class, hashtext(@tenant))", connection, transaction))
        {
            lockTenant.Parameters.AddWithValue("class", AdmissionLockClass);
            lockTenant.Parameters.AddWithValue("tenant", record.TenantId);
            await lockTenant.ExecuteNonQueryAsync(cancellationToken);
        }

        var admission = record.IdempotencyKey is null
            ? null
            : await AdmitRepeatAsync(connection, transaction, record, limits, cancellationToken);
        if (admission is null)
        {
            admission = await RefuseAtLimitAsync(connection, transaction, record, limits, cancellationToken);
            if (admission is null)
            {
                await InsertAsync(connection, transaction, record, cancellationToken);
                admission = IntakeAdmission.Stored(record with { Published = false });
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return admission;
    }

    public async Task MarkPublishedAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            "UPDATE intake_generations SET published = true, published_at = @now WHERE generation_id = @id AND NOT published");
        command.Parameters.AddWithValue("id", generationId);
        command.Parameters.AddWithValue("now", _timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            "UPDATE intake_generations SET holds_slot = false WHERE generation_id = @id AND holds_slot");
        command.Parameters.AddWithValue("id", generationId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkEndedAsync(Guid generationId, TerminalStatus status, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            "UPDATE intake_generations SET holds_slot = false, ended_at = @now, end_status = @status WHERE generation_id = @id AND ended_at IS NULL");
        command.Parameters.AddWithValue("id", generationId);
        command.Parameters.AddWithValue("status", TerminalStatusNames.Of(status));
        command.Parameters.AddWithValue("now", _timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IntakeRecord?> FindAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            $"SELECT {Columns} FROM intake_generations WHERE generation_id = @id");
        command.Parameters.AddWithValue("id", generationId);
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<InFlightCount> CountInFlightAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            "SELECT vendor, count(*)::integer FROM intake_generations WHERE tenant_id = @tenant AND holds_slot GROUP BY vendor");
        command.Parameters.AddWithValue("tenant", tenantId);
        var byVendor = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byVendor[reader.GetString(0)] = reader.GetInt32(1);
        }

        return new InFlightCount(byVendor.Values.Sum(), byVendor);
    }

    /// <summary>The earlier record of a repeated key (taking a slot again if its publish failed), or null for a new key.</summary>
    static async Task<IntakeAdmission?> AdmitRepeatAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IntakeRecord record, InFlightLimits limits, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand(
            $"SELECT {Columns}, holds_slot OR ended_at IS NOT NULL FROM intake_generations WHERE tenant_id = @tenant AND idempotency_key = @key",
            connection, transaction);
        select.Parameters.AddWithValue("tenant", record.TenantId);
        select.Parameters.AddWithValue("key", record.IdempotencyKey!);
        IntakeRecord existing;
        bool settled;
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            existing = Read(reader);
            settled = reader.GetBoolean(8);
        }

        if (existing.Published || settled || existing.RequestHash != record.RequestHash)
        {
            return IntakeAdmission.Stored(existing);
        }

        if (await RefuseAtLimitAsync(connection, transaction, existing, limits, cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var hold = new NpgsqlCommand("UPDATE intake_generations SET holds_slot = true WHERE generation_id = @id", connection, transaction);
        hold.Parameters.AddWithValue("id", existing.GenerationId);
        await hold.ExecuteNonQueryAsync(cancellationToken);
        return IntakeAdmission.Stored(existing);
    }

    static async Task<IntakeAdmission?> RefuseAtLimitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IntakeRecord record, InFlightLimits limits, CancellationToken cancellationToken)
    {
        await using var count = new NpgsqlCommand("""
            SELECT count(*)::integer, (count(*) FILTER (WHERE vendor = @vendor))::integer
            FROM intake_generations WHERE tenant_id = @tenant AND holds_slot
            """, connection, transaction);
        count.Parameters.AddWithValue("tenant", record.TenantId);
        count.Parameters.AddWithValue("vendor", record.Vendor);
        await using var reader = await count.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt32(0);
        var forVendor = reader.GetInt32(1);
        return IntakeAdmission.LimitReached(limits, total, forVendor) is { } limit
            ? IntakeAdmission.Refused(limit, limit == QuotaLimit.MaxInFlight ? total : forVendor)
            : null;
    }

    static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IntakeRecord record, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO intake_generations ({Columns}, holds_slot)
            VALUES (@id, @tenant, @vendor, @key, @hash, false, @created, NULL, true)
            """, connection, transaction);
        insert.Parameters.AddWithValue("id", record.GenerationId);
        insert.Parameters.AddWithValue("tenant", record.TenantId);
        insert.Parameters.AddWithValue("vendor", record.Vendor);
        insert.Parameters.AddWithValue("key", (object?)record.IdempotencyKey ?? DBNull.Value);
        insert.Parameters.AddWithValue("hash", record.RequestHash);
        insert.Parameters.AddWithValue("created", record.CreatedAt);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    static async Task<IntakeRecord?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    static IntakeRecord Read(NpgsqlDataReader reader) => new()
    {
        GenerationId = reader.GetGuid(0),
        TenantId = reader.GetString(1),
        Vendor = reader.GetString(2),
        IdempotencyKey = reader.IsDBNull(3) ? null : reader.GetString(3),
        RequestHash = reader.GetString(4),
        Published = reader.GetBoolean(5),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
        EndStatus = reader.IsDBNull(7) ? null : TerminalStatusNames.Parse(reader.GetString(7)),
    };
}
