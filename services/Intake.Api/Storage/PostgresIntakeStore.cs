using Npgsql;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>Intake records in PostgreSQL; the unique (tenant, idempotency key) index settles concurrent repeats.</summary>
public sealed class PostgresIntakeStore : IIntakeStore
{
    const string Columns = "generation_id, tenant_id, vendor, idempotency_key, request_hash, published, created_at";

    readonly IntakeDatabase _database;
    readonly TimeProvider _timeProvider;

    public PostgresIntakeStore(IntakeDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
    }

    public async Task<IntakeRecord> AddOrGetAsync(IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await _database.DataSource.OpenConnectionAsync(cancellationToken);

        await using var insert = new NpgsqlCommand($"""
            INSERT INTO intake_generations ({Columns})
            VALUES (@id, @tenant, @vendor, @key, @hash, false, @created)
            ON CONFLICT (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            """, connection);
        insert.Parameters.AddWithValue("id", record.GenerationId);
        insert.Parameters.AddWithValue("tenant", record.TenantId);
        insert.Parameters.AddWithValue("vendor", record.Vendor);
        insert.Parameters.AddWithValue("key", (object?)record.IdempotencyKey ?? DBNull.Value);
        insert.Parameters.AddWithValue("hash", record.RequestHash);
        insert.Parameters.AddWithValue("created", record.CreatedAt);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return record with { Published = false };
        }

        await using var select = new NpgsqlCommand(
            $"SELECT {Columns} FROM intake_generations WHERE tenant_id = @tenant AND idempotency_key = @key", connection);
        select.Parameters.AddWithValue("tenant", record.TenantId);
        select.Parameters.AddWithValue("key", record.IdempotencyKey!);
        return await ReadSingleAsync(select, cancellationToken)
            ?? throw new InvalidOperationException($"Idempotency key of tenant '{record.TenantId}' conflicted but no record holds it.");
    }

    public async Task MarkPublishedAsync(Guid generationId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            "UPDATE intake_generations SET published = true, published_at = @now WHERE generation_id = @id AND NOT published");
        command.Parameters.AddWithValue("id", generationId);
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

    static async Task<IntakeRecord?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new IntakeRecord
        {
            GenerationId = reader.GetGuid(0),
            TenantId = reader.GetString(1),
            Vendor = reader.GetString(2),
            IdempotencyKey = reader.IsDBNull(3) ? null : reader.GetString(3),
            RequestHash = reader.GetString(4),
            Published = reader.GetBoolean(5),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
        };
    }
}
