-- Quant SDK schema (H2 dialect), part 9: the same tables, paper-order states and grants as on PostgreSQL.
--   futures_analyses  one comprehensive analysis of an instrument (FuturesAnalysisReport as JSON), keyed by its run.
--   backtest_equity   the downsampled equity curve of a backtest_runs row, one point per date, in USD.
--   paper_orders      also STOP_LIMIT (both prices required) and the WORKING state.
-- V3's checks are unnamed and H2 names them by a hash, so instead of dropping them by name the four columns they
-- cover are rebuilt in place (same names, types and positions, data copied) and their checks re-added with names.

CREATE TABLE futures_analyses (
    run_id        UUID          PRIMARY KEY,
    instrument    VARCHAR(50)   NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded     BOOLEAN       NOT NULL,
    report        JSON          NOT NULL,
    CHECK (finished_at >= started_at)
);

CREATE INDEX futures_analyses_instrument_idx ON futures_analyses (instrument, started_at);

CREATE TABLE backtest_equity (
    run_id      UUID          NOT NULL REFERENCES backtest_runs (id) ON DELETE CASCADE,
    point_date  DATE          NOT NULL,
    equity      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, point_date)
);

ALTER TABLE paper_orders ADD COLUMN v9_order_type VARCHAR(10) BEFORE quantity;
ALTER TABLE paper_orders ADD COLUMN v9_limit_price DOUBLE PRECISION BEFORE status;
ALTER TABLE paper_orders ADD COLUMN v9_stop_price DOUBLE PRECISION BEFORE status;
ALTER TABLE paper_orders ADD COLUMN v9_status VARCHAR(20) BEFORE created_at;
UPDATE paper_orders SET v9_order_type = order_type, v9_limit_price = limit_price, v9_stop_price = stop_price,
    v9_status = status;
ALTER TABLE paper_orders DROP COLUMN order_type, limit_price, stop_price, status;
ALTER TABLE paper_orders ALTER COLUMN v9_order_type RENAME TO order_type;
ALTER TABLE paper_orders ALTER COLUMN v9_limit_price RENAME TO limit_price;
ALTER TABLE paper_orders ALTER COLUMN v9_stop_price RENAME TO stop_price;
ALTER TABLE paper_orders ALTER COLUMN v9_status RENAME TO status;
ALTER TABLE paper_orders ALTER COLUMN order_type SET NOT NULL;
ALTER TABLE paper_orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_order_type
    CHECK (order_type IN ('MARKET', 'LIMIT', 'STOP', 'STOP_LIMIT'));
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_status
    CHECK (status IN ('NEW', 'WORKING', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED', 'REJECTED'));
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_limit_price
    CHECK (order_type <> 'LIMIT' OR limit_price IS NOT NULL);
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_stop_price
    CHECK (order_type <> 'STOP' OR stop_price IS NOT NULL);
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_stop_limit_prices
    CHECK (order_type <> 'STOP_LIMIT' OR (limit_price IS NOT NULL AND stop_price IS NOT NULL));

-- host app: runs and stores analyses and backtests
GRANT SELECT, INSERT, UPDATE, DELETE ON futures_analyses, backtest_equity TO quant_app;

-- workers: the scheduled futures analysis reads stored bars and writes its outputs; bars, contracts and paper
-- trading stay the host app's
GRANT SELECT ON futures_contracts, futures_bars TO quant_discovery;
GRANT SELECT, INSERT, UPDATE, DELETE ON futures_analyses, backtest_runs, backtest_equity TO quant_discovery;
