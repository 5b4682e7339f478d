using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// The webhooks schema: the numbered scripts embedded from <c>Storage/Migrations/NNNN_name.sql</c>, recorded in
/// <c>schema_version</c> (component <see cref="Component"/>). Databases migrated before by the service's own migrator
/// (<see cref="LegacyVersionTable"/>) are adopted at the first start.
/// </summary>
public static class WebhooksMigrations
{
    public const string Component = "webhooks";

    /// <summary>Where the service's earlier migrator recorded its scripts.</summary>
    public const string LegacyVersionTable = "webhooks.schema_version";

    public static IReadOnlyList<PostgresMigration> All { get; } =
        EmbeddedMigrations.Read(typeof(WebhooksMigrations).Assembly, "Migrations.", $"CREATE SCHEMA IF NOT EXISTS {WebhooksDatabase.Schema};\n");
}
