using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Adapters.Portrait.Subjects;

/// <summary>The schema of the PostgreSQL subject store (in the adapter's own database, beside its scheduler tables).</summary>
public static class SubjectModelMigrations
{
    public const string Component = "portrait-subject-models";

    public const string Table = "portrait_subject_models";

    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        new(1, "subject models", $"""
            CREATE TABLE {Table} (
                tenant_id         text        NOT NULL,
                subject_reference text        NOT NULL,
                status            text        NOT NULL CHECK (status IN ('claimed', 'training', 'trained', 'failed')),
                generation_id     uuid        NOT NULL,
                training_task_id  text        NULL,
                user_id           text        NULL,
                created_at        timestamptz NOT NULL,
                updated_at        timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, subject_reference)
            )
            """),
    ];
}
