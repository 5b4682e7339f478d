using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Migrations;

/// <summary>
/// The schema of one component in one database. <see cref="EnsureCreatedAsync"/> migrates once per process (the
/// start-up initializer calls it, and every store awaits it before its first query); a failed attempt is retried
/// by the next caller.
/// </summary>
public sealed class PostgresSchema
{
    readonly Lock _lock = new();
    Task? _migration;

    readonly Lazy<NpgsqlDataSource> _dataSource;

    public PostgresSchema(NpgsqlDataSource dataSource, string component, IReadOnlyList<PostgresMigration> migrations)
        : this(() => dataSource, component, migrations)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
    }

    /// <summary>
    /// A schema whose data source is looked up at first use (at start, after the options validation that names a missing
    /// connection string, rather than when the container builds the services that depend on it).
    /// </summary>
    public PostgresSchema(Func<NpgsqlDataSource> dataSource, string component, IReadOnlyList<PostgresMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentNullException.ThrowIfNull(migrations);
        _dataSource = new Lazy<NpgsqlDataSource>(dataSource);
        Component = component;
        Migrations = migrations;
    }

    public NpgsqlDataSource DataSource => _dataSource.Value;

    public string Component { get; }

    public IReadOnlyList<PostgresMigration> Migrations { get; }

    /// <summary>The version table of the migrator this component used before <c>schema_version</c>, adopted once (see <see cref="PostgresMigrator.ApplyAsync"/>).</summary>
    public string? LegacyVersionTable { get; init; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Task migration;
        lock (_lock)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                // Shared by every caller, so no single caller's token may cancel it.
                _migration = PostgresMigrator.ApplyAsync(DataSource, Component, Migrations, CancellationToken.None, LegacyVersionTable);
            }

            migration = _migration;
        }

        return migration.IsCompletedSuccessfully ? Task.CompletedTask : migration.WaitAsync(cancellationToken);
    }
}
