using Npgsql;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// Brings the intake schema up to date before the service takes requests. Safe to run again and from
/// several instances at once: a transaction-scoped advisory lock serializes them and each step runs once.
/// </summary>
public sealed class IntakeDatabaseMigrator : IHostedService
{
    /// <summary>Advisory lock key of the intake schema (arbitrary, fixed).</summary>
    const long LockKey = 0x1_4E7A_4B00;

    readonly IntakeDatabase _database;
    readonly ILogger<IntakeDatabaseMigrator> _logger;

    public IntakeDatabaseMigrator(IntakeDatabase database, ILogger<IntakeDatabaseMigrator> logger)
    {
        _database = database;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies the steps not applied yet; returns the schema version reached.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        await ExecuteAsync(connection, $"""
            CREATE TABLE IF NOT EXISTS {IntakeDatabaseMigrations.VersionTable} (
                version    integer     PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        await using var current = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {IntakeDatabaseMigrations.VersionTable}", connection);
        var version = (int)(await current.ExecuteScalarAsync(cancellationToken))!;

        foreach (var migration in IntakeDatabaseMigrations.All.Where(m => m.Version > version).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand($"INSERT INTO {IntakeDatabaseMigrations.VersionTable} (version) VALUES (@version)", connection);
            record.Parameters.AddWithValue("version", migration.Version);
            await record.ExecuteNonQueryAsync(cancellationToken);
            _logger.LogInformation("Intake schema migrated to version {SchemaVersion}", migration.Version);
            version = migration.Version;
        }

        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
