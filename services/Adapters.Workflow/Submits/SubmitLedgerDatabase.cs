using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Submits;

/// <summary>The adapter database's <c>submit_ledger</c> table (through the process's one pool of that database), migrated at start.</summary>
public sealed class SubmitLedgerDatabase([FromKeyedServices(SubmitLedgerDatabase.Component)] PostgresSchema schema)
    : PostgresComponentDatabase(schema)
{
    public const string Component = "submit-ledger";

    public static IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new(1, "submit intents and vendor answers", """
            CREATE TABLE submit_ledger (
                generation_id uuid        PRIMARY KEY,
                vendor        text        NOT NULL,
                intent_at     timestamptz NOT NULL,
                accepted      jsonb,
                accepted_at   timestamptz
            );
            CREATE INDEX submit_ledger_unanswered_idx ON submit_ledger (intent_at) WHERE accepted IS NULL;
            """),
    ];
}
