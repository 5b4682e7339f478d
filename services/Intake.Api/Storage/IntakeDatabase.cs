using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// Intake's schema in its database (<c>ConnectionStrings:Intake</c>), reached through the process's one pool of that
/// database; migrated at start by the schema initializer and checked by the one PostgreSQL readiness check.
/// </summary>
public sealed class IntakeDatabase([FromKeyedServices(IntakeDatabaseMigrations.Component)] PostgresSchema schema)
    : PostgresComponentDatabase(schema)
{
    /// <summary>Intake's schema on <paramref name="dataSource"/> (tools and tests that hold a pool of their own).</summary>
    public static IntakeDatabase On(NpgsqlDataSource dataSource) =>
        new(new PostgresSchema(dataSource, IntakeDatabaseMigrations.Component, IntakeDatabaseMigrations.All)
        {
            LegacyVersionTable = IntakeDatabaseMigrations.LegacyVersionTable,
        });
}
