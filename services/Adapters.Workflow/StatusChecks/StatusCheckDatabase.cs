using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.StatusChecks;

/// <summary>The adapter database's <c>status_checks</c> table (through the process's one pool of that database), migrated at start.</summary>
public sealed class StatusCheckDatabase([FromKeyedServices(StatusCheckDatabase.Component)] PostgresSchema schema)
    : PostgresComponentDatabase(schema)
{
    public const string Component = "status-checks";

    public static IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new(1, "vendor jobs in processing and their next checks", """
            CREATE TABLE status_checks (
                generation_id        uuid        PRIMARY KEY,
                vendor               text        NOT NULL,
                job                  jsonb       NOT NULL,
                deadline             timestamptz NOT NULL,
                next_check_at        timestamptz NOT NULL,
                check_count          integer     NOT NULL DEFAULT 0,
                consecutive_failures integer     NOT NULL DEFAULT 0,
                last_percent         integer,
                lease_owner          text
            );
            CREATE INDEX status_checks_due_idx ON status_checks (vendor, next_check_at);
            """),
        new(2, "the trace each check joins", """
            ALTER TABLE status_checks ADD COLUMN trace_parent text;
            """),
    ];
}
