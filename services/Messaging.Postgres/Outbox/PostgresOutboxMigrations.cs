using GenerationGateway.Messaging.Postgres.Migrations;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>The inbox (one row per consumed message and consumer) and the outbox (messages waiting to be delivered).</summary>
internal static class PostgresOutboxMigrations
{
    public const string Component = "saga-outbox";

    public static readonly IReadOnlyList<PostgresMigration> All =
    [
        new(1, "inbox state and outbox messages", """
            CREATE TABLE inbox_state (
                message_id           uuid        NOT NULL,
                consumer_id          text        NOT NULL,
                received_at          timestamptz NOT NULL DEFAULT now(),
                receive_count        integer     NOT NULL DEFAULT 1,
                consumed_at          timestamptz,
                delivered_at         timestamptz,
                last_sequence_number bigint,
                relay_after          timestamptz,
                relay_attempts       integer     NOT NULL DEFAULT 0,
                last_error           text,
                PRIMARY KEY (message_id, consumer_id)
            );
            CREATE INDEX inbox_state_relay_idx ON inbox_state (relay_after) WHERE delivered_at IS NULL;
            CREATE INDEX inbox_state_delivered_idx ON inbox_state (delivered_at);

            CREATE TABLE outbox_messages (
                sequence_number      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                inbox_message_id     uuid        NOT NULL,
                inbox_consumer_id    text        NOT NULL,
                message_id           uuid        NOT NULL,
                destination_address  text        NOT NULL,
                content_type         text        NOT NULL,
                message_type         text        NOT NULL,
                body                 text        NOT NULL,
                headers              text,
                properties           text,
                conversation_id      uuid,
                correlation_id       uuid,
                initiator_id         uuid,
                request_id           uuid,
                source_address       text,
                response_address     text,
                fault_address        text,
                sent_time            timestamptz NOT NULL,
                expiration_time      timestamptz,
                created_at           timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX outbox_messages_inbox_idx ON outbox_messages (inbox_message_id, inbox_consumer_id, sequence_number);
            """),
    ];
}
