-- Quant SDK schema, part 9: stored futures analyses and equity curves (quant-futures-jdbc), and the paper-trading
-- order types and states the paper broker reports.
--   futures_analyses  one comprehensive analysis of an instrument (FuturesAnalysisReport as JSON), keyed by its run:
--                     saving a run again replaces it.
--   backtest_equity   the downsampled equity curve of a backtest_runs row, one point per date, in USD; deleted with
--                     its run.
--   paper_orders      also STOP_LIMIT (both prices required) and the WORKING state (accepted, resting in the book).

CREATE TABLE futures_analyses (
    run_id        UUID          PRIMARY KEY,
    instrument    VARCHAR(50)   NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    succeeded     BOOLEAN       NOT NULL,
    report        JSONB         NOT NULL,
    CHECK (finished_at >= started_at)
);

CREATE INDEX futures_analyses_instrument_idx ON futures_analyses (instrument, started_at);

CREATE TABLE backtest_equity (
    run_id      UUID          NOT NULL REFERENCES backtest_runs (id) ON DELETE CASCADE,
    point_date  DATE          NOT NULL,
    equity      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, point_date)
);

-- V3's unnamed column checks got PostgreSQL's default names <table>_<column>_check
ALTER TABLE paper_orders DROP CONSTRAINT paper_orders_order_type_check;
ALTER TABLE paper_orders DROP CONSTRAINT paper_orders_status_check;
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_order_type
    CHECK (order_type IN ('MARKET', 'LIMIT', 'STOP', 'STOP_LIMIT'));
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_status
    CHECK (status IN ('NEW', 'WORKING', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED', 'REJECTED'));
ALTER TABLE paper_orders ADD CONSTRAINT paper_orders_stop_limit_prices
    CHECK (order_type <> 'STOP_LIMIT' OR (limit_price IS NOT NULL AND stop_price IS NOT NULL));

-- host app: runs and stores analyses and backtests
GRANT SELECT, INSERT, UPDATE, DELETE ON futures_analyses, backtest_equity TO quant_app;

-- workers: the scheduled futures analysis (quant-worker) reads stored bars and writes its outputs (analyses, backtest
-- runs and their curves); bars, contracts and paper trading stay the host app's
GRANT SELECT ON futures_contracts, futures_bars TO quant_discovery;
GRANT SELECT, INSERT, UPDATE, DELETE ON futures_analyses, backtest_runs, backtest_equity TO quant_discovery;
