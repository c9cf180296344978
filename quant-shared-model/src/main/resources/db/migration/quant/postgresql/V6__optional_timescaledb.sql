-- Quant SDK schema, part 6: optional TimescaleDB.
-- Where the extension is available, futures_bars becomes a hypertable on bar_time.
-- trades stays a plain table on purpose: a hypertable needs every unique index to include its time column,
-- but trades.id (UUID) alone is the primary key that anomaly_detections.trade_id references and the importer
-- de-duplicates on trades.natural_key alone; adding transaction_date to both keys would change the host app's
-- contract. See docs/schema.md.
-- Where the extension is not available (or cannot be created), this migration only logs a notice.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        RAISE NOTICE 'TimescaleDB is not available: futures_bars and trades stay plain tables';
        RETURN;
    END IF;
    BEGIN
        CREATE EXTENSION IF NOT EXISTS timescaledb;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'TimescaleDB is available but could not be created (%): futures_bars stays a plain table',
            SQLERRM;
        RETURN;
    END;
    EXECUTE 'SELECT create_hypertable(''futures_bars'', ''bar_time'', migrate_data => true, if_not_exists => true)';
    RAISE NOTICE 'futures_bars is now a TimescaleDB hypertable; trades stays a plain table because its unique keys (id, natural_key) cannot include transaction_date';
END
$$;
