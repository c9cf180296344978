-- Quant SDK schema, part 5: NOLOGIN group roles and their grants.
--   quant_app        the host app: writes politicians, trades and the futures tables, reads everything,
--                    may only mark anomalies investigated (column-level UPDATE).
--   quant_discovery  discovery workers: read politicians and trades, write the discovery tables.
-- Both may use the db-scheduler table. Login users and their passwords stay the operator's (docs/schema.md).
-- Roles are cluster-wide: they are created only if missing, so a migrator without CREATEROLE works when
-- a DBA has created them beforehand.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'quant_app') THEN
        BEGIN
            CREATE ROLE quant_app NOLOGIN;
        EXCEPTION WHEN duplicate_object THEN
            RAISE NOTICE 'role quant_app was created concurrently; keeping it';
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'quant_discovery') THEN
        BEGIN
            CREATE ROLE quant_discovery NOLOGIN;
        EXCEPTION WHEN duplicate_object THEN
            RAISE NOTICE 'role quant_discovery was created concurrently; keeping it';
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO quant_app, quant_discovery', current_schema());
END
$$;

-- host app
GRANT SELECT ON politicians, trades, job_runs, pattern_discoveries, anomaly_detections, model_experiments,
    network_discoveries, futures_contracts, futures_bars, backtest_runs, paper_accounts, paper_orders,
    paper_fills, paper_positions, trading_signals TO quant_app;
GRANT INSERT, UPDATE, DELETE ON politicians, trades TO quant_app;
GRANT INSERT, UPDATE, DELETE ON futures_contracts, futures_bars, backtest_runs, paper_accounts, paper_orders,
    paper_fills, paper_positions, trading_signals TO quant_app;
GRANT INSERT, UPDATE ON job_runs TO quant_app;
GRANT UPDATE (investigated, investigated_at, investigated_by) ON anomaly_detections TO quant_app;

-- discovery workers
GRANT SELECT ON politicians, trades TO quant_discovery;
GRANT SELECT, INSERT, UPDATE, DELETE ON job_runs, pattern_discoveries, anomaly_detections, model_experiments,
    network_discoveries TO quant_discovery;

-- db-scheduler (both kinds of process may run scheduled jobs)
GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO quant_app, quant_discovery;
