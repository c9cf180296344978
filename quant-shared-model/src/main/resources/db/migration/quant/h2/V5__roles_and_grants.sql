-- Quant SDK schema (H2 dialect), part 5: the same two group roles as on PostgreSQL.
--   QUANT_APP        the host app: writes politicians, trades and the futures tables, reads everything,
--                    may mark anomalies investigated (H2 has no column-level grants: UPDATE on the whole table).
--   QUANT_DISCOVERY  discovery workers: read politicians and trades, write the discovery tables.
-- Login users stay the operator's: CREATE USER ... PASSWORD ...; GRANT QUANT_APP TO ... (docs/schema.md).

CREATE ROLE IF NOT EXISTS quant_app;
CREATE ROLE IF NOT EXISTS quant_discovery;

-- host app
GRANT SELECT ON politicians, trades, job_runs, pattern_discoveries, anomaly_detections, model_experiments,
    network_discoveries, futures_contracts, futures_bars, backtest_runs, paper_accounts, paper_orders,
    paper_fills, paper_positions, trading_signals TO quant_app;
GRANT INSERT, UPDATE, DELETE ON politicians, trades TO quant_app;
GRANT INSERT, UPDATE, DELETE ON futures_contracts, futures_bars, backtest_runs, paper_accounts, paper_orders,
    paper_fills, paper_positions, trading_signals TO quant_app;
GRANT INSERT, UPDATE ON job_runs TO quant_app;
GRANT UPDATE ON anomaly_detections TO quant_app;

-- discovery workers
GRANT SELECT ON politicians, trades TO quant_discovery;
GRANT SELECT, INSERT, UPDATE, DELETE ON job_runs, pattern_discoveries, anomaly_detections, model_experiments,
    network_discoveries TO quant_discovery;

-- db-scheduler (both kinds of process may run scheduled jobs)
GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO quant_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO quant_discovery;
