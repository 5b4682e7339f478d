using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>The scheduler's tables: pending messages keyed by token id, and tombstones of cancelled tokens.</summary>
internal static class SchedulerMigrations
{
    public const string Component = "message-scheduler";

    public static readonly IReadOnlyList<PostgresMigration> All =
    [
        new(1, "scheduled messages and cancellation tombstones", """
            CREATE TABLE scheduled_messages (
                token_id         uuid        PRIMARY KEY,
                due_at           timestamptz NOT NULL,
                destination      text        NOT NULL,
                content_type     text        NOT NULL,
                body             bytea       NOT NULL,
                message_types    text[]      NOT NULL,
                headers          jsonb       NOT NULL DEFAULT '{}',
                message_id       uuid,
                correlation_id   uuid,
                conversation_id  uuid,
                initiator_id     uuid,
                request_id       uuid,
                source_address   text,
                response_address text,
                fault_address    text,
                expiration_time  timestamptz,
                attempts         integer     NOT NULL DEFAULT 0,
                last_error       text,
                created_at       timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX scheduled_messages_due_at_idx ON scheduled_messages (due_at);

            CREATE TABLE scheduled_message_tombstones (
                token_id     uuid        PRIMARY KEY,
                cancelled_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX scheduled_message_tombstones_cancelled_at_idx ON scheduled_message_tombstones (cancelled_at);
            """),
    ];
}
