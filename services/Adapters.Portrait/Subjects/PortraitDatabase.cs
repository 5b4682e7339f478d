using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>The subject store's schema in the adapter's own database (<c>ConnectionStrings:Workflow</c>, the process's one pool of it).</summary>
public sealed class PortraitDatabase([FromKeyedServices(SubjectModelMigrations.Component)] PostgresSchema schema)
{
    public NpgsqlDataSource DataSource => Schema.DataSource;

    /// <summary>Migrated at start by the schema initializer and awaited before every query.</summary>
    public PostgresSchema Schema { get; } = schema;
}
