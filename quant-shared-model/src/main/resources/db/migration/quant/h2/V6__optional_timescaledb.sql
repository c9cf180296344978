-- Quant SDK schema (H2 dialect), part 6: TimescaleDB exists only for PostgreSQL.
-- Kept so that both databases share one version sequence; on H2 futures_bars and trades are plain tables.
SELECT 1;
