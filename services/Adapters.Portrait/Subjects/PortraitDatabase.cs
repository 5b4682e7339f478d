using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>The portrait adapter's PostgreSQL data source (<c>ConnectionStrings:Workflow</c>) and its schema.</summary>
public sealed class PortraitDatabase : IAsyncDisposable
{
    public PortraitDatabase(IOptions<PortraitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DataSource = NpgsqlDataSource.Create(options.Value.ConnectionString
            ?? throw new InvalidOperationException("ConnectionStrings:Workflow is required for the portrait subject store."));
        Schema = new PostgresSchema(DataSource, SubjectModelMigrations.Component, SubjectModelMigrations.All);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Migrated at start by <see cref="PortraitDatabaseMigrator"/> and awaited before every query.</summary>
    public PostgresSchema Schema { get; }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
