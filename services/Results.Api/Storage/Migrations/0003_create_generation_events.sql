-- The event feed behind the SSE streams: one row per visible change of a generation (status, stage, progress), written
-- in the transaction that changed it. Writers take one advisory lock before inserting, so sequence order is commit order
-- and a reader that follows "sequence > last seen" never skips a row (several results replicas read the same feed).
CREATE TABLE results.generation_events (
    sequence bigserial PRIMARY KEY,
    generation_id uuid NOT NULL,
    status text NOT NULL,
    stage text NULL,
    progress integer NOT NULL,
    occurred_at timestamptz NOT NULL
);

CREATE INDEX ix_generation_events_generation ON results.generation_events (generation_id, sequence);
