-- Quant SDK schema, part 1: the HOST APP's tables.
-- Owned and written by the host application (role quant_app); discovery workers only read them.

CREATE TABLE politicians (
    id            UUID         PRIMARY KEY,
    full_name     VARCHAR(200) NOT NULL,
    chamber       VARCHAR(10)  NOT NULL CHECK (chamber IN ('HOUSE', 'SENATE')),
    state         CHAR(2),
    district      VARCHAR(10),
    bioguide_id   VARCHAR(16)  UNIQUE,
    -- de-duplication key: chamber + normalised name (see docs/schema.md)
    natural_key   VARCHAR(300) NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE trades (
    id                       UUID          PRIMARY KEY,
    politician_id            UUID          NOT NULL REFERENCES politicians (id),
    transaction_date         DATE          NOT NULL,
    disclosure_date          DATE,
    disclosure_lag_days      INTEGER,
    late_filing              BOOLEAN       NOT NULL DEFAULT FALSE,
    traded_after_disclosure  BOOLEAN       NOT NULL DEFAULT FALSE,
    owner                    VARCHAR(40),
    ticker                   VARCHAR(20),
    asset_description        TEXT,
    asset_type               VARCHAR(100),
    trade_type               VARCHAR(20)   NOT NULL
        CHECK (trade_type IN ('PURCHASE', 'SALE_FULL', 'SALE_PARTIAL', 'EXCHANGE')),
    amount_min_usd           BIGINT,
    amount_max_usd           BIGINT,
    amount_raw               VARCHAR(200),
    amount_note              VARCHAR(300),
    source                   VARCHAR(40)   NOT NULL,
    source_link              VARCHAR(1000),
    filing_id                VARCHAR(100),
    comment                  TEXT,
    natural_key              VARCHAR(80)   NOT NULL UNIQUE,
    imported_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (amount_min_usd IS NULL OR amount_min_usd >= 0),
    CHECK (amount_max_usd IS NULL OR amount_min_usd IS NULL OR amount_max_usd >= amount_min_usd)
);

CREATE INDEX trades_politician_date_idx ON trades (politician_id, transaction_date);
CREATE INDEX trades_ticker_date_idx     ON trades (ticker, transaction_date);
