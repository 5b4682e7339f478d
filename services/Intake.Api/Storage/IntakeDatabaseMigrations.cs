using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Intake.Api.Storage;

/// <summary>
/// The intake schema, one numbered step at a time; a step, once released, never changes. Recorded in
/// <c>schema_version</c> (component <see cref="Component"/>); databases migrated before by intake's own migrator
/// (<see cref="LegacyVersionTable"/>) are adopted at the first start.
/// </summary>
public static class IntakeDatabaseMigrations
{
    public const string Component = "intake";

    /// <summary>Where intake's earlier migrator recorded its steps.</summary>
    public const string LegacyVersionTable = "intake_schema_version";

    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        new(1, "generations", """
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
        // Quotas. A generation holds one of its tenant's in-flight slots while holds_slot is set (from admission until
        // it ends or its publish fails). Rows from before this step hold none: their end was never recorded.
        new(2, "quotas", """
            ALTER TABLE intake_generations ADD COLUMN holds_slot boolean NOT NULL DEFAULT false;
            ALTER TABLE intake_generations ADD COLUMN ended_at timestamptz NULL;
            CREATE INDEX ix_intake_generations_in_flight ON intake_generations (tenant_id, vendor) WHERE holds_slot;
            CREATE TABLE intake_tenant_quotas (
                tenant_id                text             PRIMARY KEY,
                requests_per_second      double precision NULL,
                max_in_flight            integer          NULL,
                max_in_flight_per_vendor integer          NULL,
                updated_at               timestamptz      NOT NULL
            );
            CREATE TABLE intake_rate_buckets (
                tenant_id   text             PRIMARY KEY,
                tokens      double precision NOT NULL,
                refilled_at timestamptz      NOT NULL
            );
            """),
        // How a generation ended (completed / failed / cancelled), so a cancellation of an ended one is refused. Rows
        // that ended before this step keep a null status.
        new(3, "end status", """
            ALTER TABLE intake_generations ADD COLUMN end_status text NULL
                CHECK (end_status IN ('completed', 'failed', 'cancelled'));
            """),
        // A tenant's fair share of a capped vendor's slots (GenerationRequested.TenantWeight); null: the default.
        new(4, "fair share weight", """
            ALTER TABLE intake_tenant_quotas ADD COLUMN fair_share_weight integer NULL
                CHECK (fair_share_weight BETWEEN 1 AND 100);
            """),
    ];
}
