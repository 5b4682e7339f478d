using System.Text.Json;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Outbox;
using MassTransit;
using Npgsql;
using NpgsqlTypes;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>
/// One saga type's table: the instance as jsonb, its state in an indexed column, and a version column for
/// optimistic concurrency. A write that finds another version (or an existing row on insert) throws
/// <see cref="ConcurrencyException"/>; message retry then re-runs the behaviour on a fresh load. Every operation runs
/// on the transaction it is given (the outbox's, shared with the inbox and outgoing messages) or else on its own. Inside the
/// outbox the writes are handed to <see cref="PendingSagaWrites"/> and go out with the pass's inbox mark, one round trip
/// for both; the conflict is thrown from there, before the commit.
/// </summary>
internal sealed class PostgresSagaTable<TSaga>
    where TSaga : class, ISagaVersion
{
    readonly string _table;
    readonly JsonSerializerOptions _serializerOptions;
    readonly Func<TSaga, string?> _state;

    public PostgresSagaTable(NpgsqlDataSource dataSource, string table, JsonSerializerOptions serializerOptions, Func<TSaga, string?> state)
    {
        _table = table;
        _serializerOptions = serializerOptions;
        _state = state;
        Schema = new PostgresSchema(dataSource, $"saga:{table}", PostgresSagaMigrations.For(table));
    }

    public PostgresSchema Schema { get; }

    /// <summary>Whether the saga is registered with the outbox, so every message must reach it inside an outbox transaction.</summary>
    public bool UsesOutbox { get; init; }

    NpgsqlDataSource DataSource => Schema.DataSource;

    public async Task<TSaga?> LoadAsync(Guid correlationId, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        await using var command = CreateCommand($"SELECT version, data::text FROM {_table} WHERE correlation_id = @id", transaction);
        command.Parameters.AddWithValue("id", correlationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var instance = JsonSerializer.Deserialize<TSaga>(reader.GetString(1), _serializerOptions)
            ?? throw new SagaException("The stored saga instance is empty", typeof(TSaga), correlationId);
        instance.CorrelationId = correlationId;
        instance.Version = reader.GetInt32(0);
        return instance;
    }

    /// <summary>Inserts a new instance at version 1; returns false when one with its id already exists.</summary>
    public async Task<bool> TryInsertAsync(TSaga instance, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null)
    {
        await Schema.EnsureCreatedAsync(cancellationToken);
        instance.Version = 1;
        await using var command = CreateCommand($"""
            INSERT INTO {_table} (correlation_id, current_state, version, data)
            VALUES (@id, @state, @version, @data)
            ON CONFLICT (correlation_id) DO NOTHING
            """, transaction);
        AddRowParameters(command.Parameters, instance);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return true;
        }

        instance.Version = 0;
        return false;
    }

    /// <summary>Inserts a new instance, or throws <see cref="ConcurrencyException"/> when another writer created it first.</summary>
    public async Task InsertAsync(TSaga instance, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null, PendingSagaWrites? pending = null)
    {
        if (pending is not null)
        {
            await Schema.EnsureCreatedAsync(cancellationToken);
            instance.Version = 1;
            var insert = new NpgsqlBatchCommand($"""
                INSERT INTO {_table} (correlation_id, current_state, version, data)
                VALUES (@id, @state, @version, @data)
                ON CONFLICT (correlation_id) DO NOTHING
                RETURNING version
                """);
            AddRowParameters(insert.Parameters, instance);
            pending.Add(insert, () =>
            {
                instance.Version = 0;
                return Conflict(instance.CorrelationId, "was created concurrently");
            });
            return;
        }

        if (!await TryInsertAsync(instance, cancellationToken, transaction))
        {
            throw Conflict(instance.CorrelationId, "was created concurrently");
        }
    }

    /// <summary>Writes the instance if it still has the version it was loaded with, and increments the version.</summary>
    public async Task UpdateAsync(TSaga instance, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null, PendingSagaWrites? pending = null)
    {
        var loadedVersion = instance.Version;
        instance.Version = loadedVersion + 1;
        var sql = $"""
            UPDATE {_table}
            SET current_state = @state, version = @version, data = @data, updated_at = now()
            WHERE correlation_id = @id AND version = @loaded_version
            """;
        if (pending is not null)
        {
            var update = new NpgsqlBatchCommand(sql + " RETURNING version");
            AddRowParameters(update.Parameters, instance);
            update.Parameters.AddWithValue("loaded_version", loadedVersion);
            pending.Add(update, () =>
            {
                instance.Version = loadedVersion;
                return Conflict(instance.CorrelationId, $"changed after it was loaded at version {loadedVersion}");
            });
            return;
        }

        await using var command = CreateCommand(sql, transaction);
        AddRowParameters(command.Parameters, instance);
        command.Parameters.AddWithValue("loaded_version", loadedVersion);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            instance.Version = loadedVersion;
            throw Conflict(instance.CorrelationId, $"changed after it was loaded at version {loadedVersion}");
        }
    }

    /// <summary>Deletes the instance if it still has the version it was loaded with.</summary>
    public async Task DeleteAsync(TSaga instance, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null, PendingSagaWrites? pending = null)
    {
        if (pending is not null)
        {
            var delete = new NpgsqlBatchCommand($"DELETE FROM {_table} WHERE correlation_id = @id AND version = @loaded_version RETURNING version");
            delete.Parameters.AddWithValue("id", instance.CorrelationId);
            delete.Parameters.AddWithValue("loaded_version", instance.Version);
            var version = instance.Version;
            pending.Add(delete, () => Conflict(instance.CorrelationId, $"changed or vanished after it was loaded at version {version}"));
            return;
        }

        await using var command = CreateCommand($"DELETE FROM {_table} WHERE correlation_id = @id AND version = @loaded_version", transaction);
        command.Parameters.AddWithValue("id", instance.CorrelationId);
        command.Parameters.AddWithValue("loaded_version", instance.Version);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw Conflict(instance.CorrelationId, $"changed or vanished after it was loaded at version {instance.Version}");
        }
    }

    /// <summary>A command on the given transaction (a consumed message's outbox transaction), or on its own pooled connection.</summary>
    NpgsqlCommand CreateCommand(string sql, NpgsqlTransaction? transaction) =>
        transaction is null ? DataSource.CreateCommand(sql) : new NpgsqlCommand(sql, transaction.Connection, transaction);

    void AddRowParameters(NpgsqlParameterCollection parameters, TSaga instance)
    {
        parameters.AddWithValue("id", instance.CorrelationId);
        parameters.AddWithValue("state", NpgsqlDbType.Text, (object?)_state(instance) ?? DBNull.Value);
        parameters.AddWithValue("version", instance.Version);
        parameters.AddWithValue("data", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(instance, _serializerOptions));
    }

    static ConcurrencyException Conflict(Guid correlationId, string what) =>
        new($"Saga {typeof(TSaga).Name} {correlationId} {what}.", typeof(TSaga), correlationId);
}
