using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// The results schema in its database (<c>ConnectionStrings:Results</c>), reached through the process's one pool of that database;
/// migrated at start by the schema initializer and checked by the one PostgreSQL readiness check.
/// </summary>
public sealed class ResultsDatabase([FromKeyedServices(ResultsMigrations.Component)] PostgresSchema schema)
{
    /// <summary>Schema holding every results table, so the service can share a database with others.</summary>
    public const string Schema = "results";

    public PostgresSchema Migrations { get; } = schema;

    public NpgsqlDataSource DataSource => Migrations.DataSource;

    /// <summary>The results schema on <paramref name="dataSource"/> (tools and tests that hold a pool of their own).</summary>
    public static ResultsDatabase On(NpgsqlDataSource dataSource) =>
        new(new PostgresSchema(dataSource, ResultsMigrations.Component, ResultsMigrations.All) { LegacyVersionTable = ResultsMigrations.LegacyVersionTable });
}
