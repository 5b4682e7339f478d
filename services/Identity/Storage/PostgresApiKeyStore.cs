using GenerationGateway.Identity.Keys;
using Npgsql;

namespace GenerationGateway.Identity.Storage;

/// <summary>API keys in the identity database; the unique hash index finds a key in one indexed read.</summary>
public sealed class PostgresApiKeyStore : IApiKeyStore
{
    const string Columns = "id, tenant_id, name, scopes, key_hash, created_at, last_used_at, revoked_at";

    readonly IdentityDatabase _database;

    public PostgresApiKeyStore(IdentityDatabase database)
    {
        _database = database;
    }

    public async Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = _database.DataSource.CreateCommand($"""
            INSERT INTO identity_api_keys ({Columns})
            VALUES (@id, @tenant, @name, @scopes, @hash, @created, NULL, NULL)
            """);
        command.Parameters.AddWithValue("id", key.Id);
        command.Parameters.AddWithValue("tenant", key.TenantId);
        command.Parameters.AddWithValue("name", key.Name);
        command.Parameters.AddWithValue("scopes", key.Scopes.ToArray());
        command.Parameters.AddWithValue("hash", key.KeyHash);
        command.Parameters.AddWithValue("created", key.CreatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand($"SELECT {Columns} FROM identity_api_keys WHERE key_hash = @hash");
        command.Parameters.AddWithValue("hash", keyHash);
        return await ReadAsync(command, cancellationToken) is [var key, ..] ? key : null;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(string? tenantId, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            $"SELECT {Columns} FROM identity_api_keys WHERE @tenant::text IS NULL OR tenant_id = @tenant ORDER BY created_at, id");
        command.Parameters.Add(new NpgsqlParameter<string?>("tenant", tenantId));
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<bool> RevokeAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand(
            "UPDATE identity_api_keys SET revoked_at = coalesce(revoked_at, @now) WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task TouchAsync(Guid id, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var command = _database.DataSource.CreateCommand("""
            UPDATE identity_api_keys SET last_used_at = @now
            WHERE id = @id AND (last_used_at IS NULL OR last_used_at < @since)
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("since", now - interval);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    static async Task<IReadOnlyList<ApiKey>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var keys = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKey
            {
                Id = reader.GetGuid(0),
                TenantId = reader.GetString(1),
                Name = reader.GetString(2),
                Scopes = reader.GetFieldValue<string[]>(3),
                KeyHash = reader.GetString(4),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(5),
                LastUsedAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                RevokedAt = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
            });
        }

        return keys;
    }
}
