-- Quant SDK schema, part 8: critical-anomaly webhooks (quant-webhooks).
--   webhook_endpoints  receivers registered by the host app: URL, shared secret, severity threshold.
--   webhook_outbox     one row per (endpoint, anomaly): written in the SAME transaction as the anomaly by the
--                      discovery store when the anomaly's severity is at or above the endpoint's min_severity;
--                      the dispatcher claims due rows, POSTs the stored payload and records the outcome.
-- The secret is a shared HMAC key stored as given: whoever can read this table can forge signatures, so
-- only the host app and the dispatching workers get SELECT on it (docs/operations.md "## Webhooks").

CREATE TABLE webhook_endpoints (
    id            UUID          PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    secret        VARCHAR(500)  NOT NULL,
    min_severity  DOUBLE PRECISION NOT NULL CHECK (min_severity >= 0 AND min_severity <= 1),
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhook_endpoints_url UNIQUE (url)
);

CREATE TABLE webhook_outbox (
    -- the idempotency key sent as X-Quant-Idempotency-Key: derived from (endpoint, anomaly natural key),
    -- so a re-run that finds the anomaly again addresses the same row
    id               UUID          PRIMARY KEY,
    endpoint_id      UUID          NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    -- anomaly_detections.natural_key; no foreign key: re-runs replace anomaly rows, the outbox row stays
    anomaly_key      VARCHAR(200)  NOT NULL,
    anomaly_id       UUID          NOT NULL,
    severity         DOUBLE PRECISION NOT NULL CHECK (severity >= 0 AND severity <= 1),
    -- the exact JSON body POSTed on every attempt (signed byte for byte)
    payload          TEXT          NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_status      INTEGER,
    last_error       VARCHAR(1000),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_outbox_per_endpoint UNIQUE (endpoint_id, anomaly_key)
);

CREATE INDEX webhook_outbox_due_idx ON webhook_outbox (next_attempt_at) WHERE delivered_at IS NULL;

-- host app: manages endpoints, watches deliveries
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoints TO quant_app;
GRANT SELECT ON webhook_outbox TO quant_app;

-- discovery workers: write outbox rows with their anomalies, and deliver them (reading the secrets to sign)
GRANT SELECT ON webhook_endpoints TO quant_discovery;
GRANT SELECT, INSERT, UPDATE ON webhook_outbox TO quant_discovery;
