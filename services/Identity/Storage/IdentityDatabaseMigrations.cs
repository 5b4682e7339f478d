namespace GenerationGateway.Identity.Storage;

/// <summary>The identity schema, one numbered step at a time; a step, once released, never changes.</summary>
static class IdentityDatabaseMigrations
{
    public const string VersionTable = "identity_schema_version";

    public static IReadOnlyList<(int Version, string Sql)> All { get; } =
    [
        (1, """
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
