namespace GenerationGateway.Intake.Api.Storage;

/// <summary>The intake schema, one numbered step at a time; a step, once released, never changes.</summary>
static class IntakeDatabaseMigrations
{
    public const string VersionTable = "intake_schema_version";

    public static IReadOnlyList<IntakeDatabaseMigration> All { get; } =
    [
        new(1, """
            CREATE TABLE intake_generations (
                generation_id   uuid        PRIMARY KEY,
                tenant_id       text        NOT NULL,
                vendor          text        NOT NULL,
                idempotency_key text        NULL,
                request_hash    text        NOT NULL,
                published       boolean     NOT NULL DEFAULT false,
                created_at      timestamptz NOT NULL,
                published_at    timestamptz NULL
            );
            CREATE UNIQUE INDEX ix_intake_generations_idempotency
                ON intake_generations (tenant_id, idempotency_key)
                WHERE idempotency_key IS NOT NULL;
            """),
    ];
}
