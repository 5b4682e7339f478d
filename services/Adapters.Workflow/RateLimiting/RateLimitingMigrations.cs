using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Adapters.Workflow.RateLimiting;

/// <summary>The shared limiter's table in the adapter's database: one row per bucket, its next free slot.</summary>
static class RateLimitingMigrations
{
    public const string Component = "shared-rate-limiter";

    public static readonly IReadOnlyList<PostgresMigration> All =
    [
        new(1, "rate limit slots", """
            CREATE TABLE rate_limit_slots (
                bucket    text        PRIMARY KEY,
                next_slot timestamptz NOT NULL
            );
            """),
    ];
}
