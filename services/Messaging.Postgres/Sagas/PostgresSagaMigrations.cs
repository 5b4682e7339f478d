using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>The schema of one saga table (component <c>saga:&lt;table&gt;</c> in <c>schema_version</c>).</summary>
internal static class PostgresSagaMigrations
{
    public static IReadOnlyList<PostgresMigration> For(string table) =>
    [
        new(1, $"saga table {table}", $"""
            CREATE TABLE {table} (
                correlation_id uuid        PRIMARY KEY,
                current_state  text,
                version        integer     NOT NULL,
                data           jsonb       NOT NULL,
                created_at     timestamptz NOT NULL DEFAULT now(),
                updated_at     timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX {table}_state_idx ON {table} (current_state, updated_at);
            """),
    ];
}
