using GenerationGateway.Messaging.Postgres.Migrations;
using Npgsql;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// The webhooks schema in its database (<c>ConnectionStrings:Webhooks</c>), reached through the process's one pool of that database;
/// migrated at start by the schema initializer and checked by the one PostgreSQL readiness check.
/// </summary>
public sealed class WebhooksDatabase([FromKeyedServices(WebhooksMigrations.Component)] PostgresSchema schema)
{
    /// <summary>Schema holding every webhooks table, so the service can share a database with others.</summary>
    public const string Schema = "webhooks";

    public PostgresSchema Migrations { get; } = schema;

    public NpgsqlDataSource DataSource => Migrations.DataSource;

    /// <summary>The webhooks schema on <paramref name="dataSource"/> (tools and tests that hold a pool of their own).</summary>
    public static WebhooksDatabase On(NpgsqlDataSource dataSource) =>
        new(new PostgresSchema(dataSource, WebhooksMigrations.Component, WebhooksMigrations.All) { LegacyVersionTable = WebhooksMigrations.LegacyVersionTable });
}
