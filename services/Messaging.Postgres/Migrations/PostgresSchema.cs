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

    public PostgresSchema(NpgsqlDataSource dataSource, string component, IReadOnlyList<PostgresMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        ArgumentNullException.ThrowIfNull(migrations);
        DataSource = dataSource;
        Component = component;
        Migrations = migrations;
    }

    public NpgsqlDataSource DataSource { get; }

    public string Component { get; }

    public IReadOnlyList<PostgresMigration> Migrations { get; }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Task migration;
        lock (_lock)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                // Shared by every caller, so no single caller's token may cancel it.
                _migration = PostgresMigrator.ApplyAsync(DataSource, Component, Migrations, CancellationToken.None);
            }

            migration = _migration;
        }

        return migration.IsCompletedSuccessfully ? Task.CompletedTask : migration.WaitAsync(cancellationToken);
    }
}
