-- Generation records, their assets, and the inbox of applied message ids.
CREATE TABLE results.generations (
    id uuid PRIMARY KEY,
    tenant_id text NULL,
    client_reference text NULL,
    vendor text NOT NULL,
    kind text NULL,
    status text NOT NULL
        CHECK (status IN ('requested', 'accepted', 'processing', 'completed', 'failed', 'cancelled')),
    stage text NULL,
    progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    vendor_job_id text NULL,
    cancel_requested boolean NOT NULL DEFAULT false,
    failure_reason text NULL,
    failure_retryable boolean NULL,
    failure_vendor_code text NULL,
    failure_vendor_message text NULL,
    cancellation_vendor_job_stopped boolean NULL,
    cancellation_note text NULL,
    usage jsonb NULL,
    partial_note text NULL,
    request jsonb NULL,
    -- The change that set the terminal status: only that change may write the terminal fields and assets.
    terminal_change_id uuid NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    completed_at timestamptz NULL
);

CREATE INDEX ix_generations_status ON results.generations (status);
CREATE INDEX ix_generations_vendor ON results.generations (vendor);
CREATE INDEX ix_generations_created_at ON results.generations (created_at DESC, id DESC);
CREATE INDEX ix_generations_tenant_id ON results.generations (tenant_id, created_at DESC);

CREATE TABLE results.generation_assets (
    generation_id uuid NOT NULL REFERENCES results.generations (id) ON DELETE CASCADE,
    name text NOT NULL,
    position integer NOT NULL,
    role text NOT NULL,
    format text NOT NULL,
    url text NOT NULL,
    size_bytes bigint NOT NULL,
    content_type text NOT NULL,
    checksum text NOT NULL,
    vendor_url text NULL,
    PRIMARY KEY (generation_id, name)
);

CREATE TABLE results.inbox (
    message_id uuid PRIMARY KEY,
    generation_id uuid NOT NULL,
    processed_at timestamptz NOT NULL
);

CREATE INDEX ix_inbox_processed_at ON results.inbox (processed_at);
