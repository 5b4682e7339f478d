CREATE TABLE webhooks.endpoints (
    id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    url text NOT NULL,
    events text[] NOT NULL,
    secret text NOT NULL,
    previous_secret text NULL,
    previous_secret_expires_at timestamptz NULL,
    disabled_at timestamptz NULL,
    created_at timestamptz NOT NULL);
CREATE INDEX endpoints_tenant ON webhooks.endpoints (tenant_id, created_at);

-- The generation as results records it, rebuilt here from the same events with results' rules (the body's data).
CREATE TABLE webhooks.generations (
    id uuid PRIMARY KEY,
    record jsonb NOT NULL);

CREATE TABLE webhooks.deliveries (
    id text PRIMARY KEY,
    tenant_id text NOT NULL,
    endpoint_id uuid NULL,
    url text NOT NULL,
    generation_id uuid NOT NULL,
    event_type text NOT NULL,
    payload text NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    retry_until timestamptz NOT NULL,
    delivered_at timestamptz NULL,
    last_error text NULL);
CREATE INDEX deliveries_due ON webhooks.deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_tenant_endpoint ON webhooks.deliveries (tenant_id, endpoint_id, created_at DESC);
CREATE INDEX deliveries_tenant_generation ON webhooks.deliveries (tenant_id, generation_id, created_at DESC);

CREATE TABLE webhooks.attempts (
    delivery_id text NOT NULL REFERENCES webhooks.deliveries (id) ON DELETE CASCADE,
    number integer NOT NULL,
    started_at timestamptz NOT NULL,
    duration_ms double precision NOT NULL,
    status_code integer NULL,
    error text NULL,
    PRIMARY KEY (delivery_id, number));
