using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>
/// Applies the pending <see cref="PostgresMigration"/>s of a component in one transaction. A transaction-scoped
/// advisory lock serializes concurrent starts (several replicas), and <c>schema_version</c> records what ran.
/// </summary>
public static class PostgresMigrator
{
    /// <summary>The advisory lock every migration run takes ("GGMIGRAT").</summary>
    public const long AdvisoryLockKey = 0x4747_4D49_4752_4154;

    const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            component  text        NOT NULL,
            version    integer     NOT NULL,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (component, version)
        )
        """;

    /// <summary>
    /// Applies what is missing and returns how many migrations ran. <paramref name="legacyVersionTable"/> names the table in
    /// which an earlier migrator of this component recorded its steps (one <c>version</c> column): when the component has no
    /// row in <c>schema_version</c> yet and that table exists, the versions it lists are adopted as applied (they ran the same
    /// scripts) instead of running again. The legacy table is left in place, unused.
    /// </summary>
    public static async Task<int> ApplyAsync(
        NpgsqlDataSource dataSource,
        string component,
        IReadOnlyList<PostgresMigration> migrations,
        CancellationToken cancellationToken,
        string? legacyVersionTable = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentNullException.ThrowIfNull(migrations);
        EnsureOrdered(component, migrations);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, new NpgsqlParameter("key", AdvisoryLockKey));
        await ExecuteAsync(connection, CreateVersionTable, cancellationToken);

        var applied = await ReadAppliedVersionsAsync(connection, component, cancellationToken);
        if (applied.Count == 0 && legacyVersionTable is not null)
        {
            applied = await AdoptLegacyVersionsAsync(connection, component, migrations, legacyVersionTable, cancellationToken);
        }

        var count = 0;
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await RecordAsync(connection, component, migration.Version, migration.Name, cancellationToken);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    static void EnsureOrdered(string component, IReadOnlyList<PostgresMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new ArgumentException(
                    $"Migrations of '{component}' must be numbered 1, 2, 3... in order; position {i + 1} has version {migrations[i].Version}.",
                    nameof(migrations));
            }
        }
    }

    static async Task<HashSet<int>> AdoptLegacyVersionsAsync(
        NpgsqlConnection connection,
        string component,
        IReadOnlyList<PostgresMigration> migrations,
        string legacyVersionTable,
        CancellationToken cancellationToken)
    {
        var adopted = new HashSet<int>();
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection))
        {
            exists.Parameters.AddWithValue("table", legacyVersionTable);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return adopted;
            }
        }

        await using (var read = new NpgsqlCommand($"SELECT version FROM {legacyVersionTable}", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                adopted.Add(reader.GetInt32(0));
            }
        }

        foreach (var migration in migrations.Where(m => adopted.Contains(m.Version)))
        {
            await RecordAsync(connection, component, migration.Version, $"{migration.Name} (adopted from {legacyVersionTable})", cancellationToken);
        }

        return adopted;
    }

    static Task RecordAsync(NpgsqlConnection connection, string component, int version, string name, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            "INSERT INTO schema_version (component, version, name) VALUES (@component, @version, @name)",
            cancellationToken,
            new NpgsqlParameter("component", component),
            new NpgsqlParameter("version", version),
            new NpgsqlParameter("name", name));

    static async Task<HashSet<int>> ReadAppliedVersionsAsync(NpgsqlConnection connection, string component, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version WHERE component = @component", connection);
        command.Parameters.AddWithValue("component", component);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
