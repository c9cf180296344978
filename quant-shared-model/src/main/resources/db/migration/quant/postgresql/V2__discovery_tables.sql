-- Quant SDK schema, part 2: the DISCOVERY WORKERS' tables.
-- Written by discovery workers (role quant_discovery); the host app (role quant_app) reads them and may only
-- mark anomalies investigated. Re-runs replace rows through the natural keys below instead of duplicating them.

CREATE TABLE job_runs (
    id            UUID          PRIMARY KEY,
    kind          VARCHAR(60)   NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    status        VARCHAR(20)   NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
    items_ok      INTEGER       NOT NULL DEFAULT 0 CHECK (items_ok >= 0),
    items_failed  INTEGER       NOT NULL DEFAULT 0 CHECK (items_failed >= 0),
    message       VARCHAR(2000),
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);

CREATE INDEX job_runs_kind_started_idx ON job_runs (kind, started_at);

CREATE TABLE pattern_discoveries (
    id              UUID          PRIMARY KEY,
    politician_id   UUID          NOT NULL REFERENCES politicians (id),
    pattern_type    VARCHAR(60)   NOT NULL,
    strength        DOUBLE PRECISION NOT NULL CHECK (strength >= 0 AND strength <= 1),
    confidence      DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    parameters      JSONB         NOT NULL,
    description     VARCHAR(2000),
    window_start    DATE          NOT NULL,
    window_end      DATE          NOT NULL,
    discovery_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    run_id          UUID          REFERENCES job_runs (id),
    CONSTRAINT pattern_discoveries_natural_key UNIQUE (politician_id, pattern_type, window_start, window_end),
    CHECK (window_end >= window_start)
);

CREATE INDEX pattern_discoveries_date_idx     ON pattern_discoveries (discovery_date);
CREATE INDEX pattern_discoveries_strength_idx ON pattern_discoveries (strength);

CREATE TABLE anomaly_detections (
    id               UUID          PRIMARY KEY,
    politician_id    UUID          NOT NULL REFERENCES politicians (id),
    trade_id         UUID          REFERENCES trades (id),
    anomaly_type     VARCHAR(60)   NOT NULL,
    severity         DOUBLE PRECISION NOT NULL CHECK (severity >= 0 AND severity <= 1),
    explanation      JSONB         NOT NULL,
    window_start     DATE          NOT NULL,
    window_end       DATE          NOT NULL,
    -- politician | trade or '-' | anomaly type | window start | window end (trade_id may be NULL, and NULLs
    -- never collide in a UNIQUE constraint, so the key is one NOT NULL column)
    natural_key      VARCHAR(200)  NOT NULL,
    detected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    investigated     BOOLEAN       NOT NULL DEFAULT FALSE,
    investigated_at  TIMESTAMP WITH TIME ZONE,
    investigated_by  VARCHAR(200),
    run_id           UUID          REFERENCES job_runs (id),
    CONSTRAINT anomaly_detections_natural_key UNIQUE (natural_key),
    CHECK (window_end >= window_start),
    CHECK (investigated OR (investigated_at IS NULL AND investigated_by IS NULL))
);

CREATE INDEX anomaly_detections_detected_idx ON anomaly_detections (detected_at);
CREATE INDEX anomaly_detections_open_severity_idx ON anomaly_detections (investigated, severity);
CREATE INDEX anomaly_detections_politician_idx ON anomaly_detections (politician_id);

CREATE TABLE model_experiments (
    id                UUID          PRIMARY KEY,
    model_name        VARCHAR(100)  NOT NULL,
    parameters        JSONB         NOT NULL,
    metrics           JSONB         NOT NULL,
    deployment_ready  BOOLEAN       NOT NULL DEFAULT FALSE,
    experiment_date   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX model_experiments_name_date_idx ON model_experiments (model_name, experiment_date);

CREATE TABLE network_discoveries (
    id              UUID          PRIMARY KEY,
    run_id          UUID          REFERENCES job_runs (id),
    algorithm       VARCHAR(60)   NOT NULL,
    window_start    DATE          NOT NULL,
    window_end      DATE          NOT NULL,
    node_count      INTEGER       NOT NULL CHECK (node_count >= 0),
    edge_count      INTEGER       NOT NULL CHECK (edge_count >= 0),
    nodes           JSONB         NOT NULL,
    edges           JSONB         NOT NULL,
    modularity      DOUBLE PRECISION CHECK (modularity >= -0.5 AND modularity <= 1),
    description     VARCHAR(2000),
    discovery_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT network_discoveries_natural_key UNIQUE (algorithm, window_start, window_end),
    CHECK (window_end >= window_start)
);

CREATE INDEX network_discoveries_date_idx ON network_discoveries (discovery_date);
