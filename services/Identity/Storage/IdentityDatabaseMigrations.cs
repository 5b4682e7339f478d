using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Identity.Storage;

/// <summary>
/// The identity schema, one numbered step at a time; a step, once released, never changes. Recorded in
/// <c>schema_version</c> (component <see cref="Component"/>); databases migrated before by the identity store's own
/// migrator (<see cref="LegacyVersionTable"/>) are adopted at the first start.
/// </summary>
public static class IdentityDatabaseMigrations
{
    public const string Component = "identity";

    /// <summary>Where the identity store's earlier migrator recorded its steps.</summary>
    public const string LegacyVersionTable = "identity_schema_version";

    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        new(1, "api keys", """
            CREATE TABLE identity_api_keys (
                id           uuid        PRIMARY KEY,
                tenant_id    text        NOT NULL,
                name         text        NOT NULL,
                scopes       text[]      NOT NULL,
                key_hash     text        NOT NULL UNIQUE,
                created_at   timestamptz NOT NULL,
                last_used_at timestamptz NULL,
                revoked_at   timestamptz NULL
            );
            CREATE INDEX ix_identity_api_keys_tenant ON identity_api_keys (tenant_id, created_at);
            """),
    ];
}
