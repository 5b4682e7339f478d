using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GenerationGateway.Identity.Storage;

/// <summary>
/// Brings the identity schema up to date before the service takes requests. Safe to run again and from several
/// services and replicas at once (intake and results both run it): an advisory lock serializes them.
/// </summary>
public sealed partial class IdentityDatabaseMigrator : IHostedService
{
    /// <summary>Advisory lock key of the identity schema (arbitrary, fixed).</summary>
    const long LockKey = 0x1_1DE7_0001;

    readonly IdentityDatabase _database;
    readonly ILogger<IdentityDatabaseMigrator> _logger;

    public IdentityDatabaseMigrator(IdentityDatabase database, ILogger<IdentityDatabaseMigrator> logger)
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
            CREATE TABLE IF NOT EXISTS {IdentityDatabaseMigrations.VersionTable} (
                version    integer     PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        await using var current = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {IdentityDatabaseMigrations.VersionTable}", connection);
        var version = (int)(await current.ExecuteScalarAsync(cancellationToken))!;

        foreach (var (step, sql) in IdentityDatabaseMigrations.All.Where(m => m.Version > version).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, sql, cancellationToken);
            await using var record = new NpgsqlCommand($"INSERT INTO {IdentityDatabaseMigrations.VersionTable} (version) VALUES (@version)", connection);
            record.Parameters.AddWithValue("version", step);
            await record.ExecuteNonQueryAsync(cancellationToken);
            LogMigrated(step);
            version = step;
        }

        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Identity schema migrated to version {SchemaVersion}")]
    partial void LogMigrated(int schemaVersion);
}
