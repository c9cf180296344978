/**
 * The futures side of the orchestration facade on a JDBC {@link javax.sql.DataSource} whose
 * schema quant-persistence migrated (H2 or PostgreSQL): {@link JdbcFuturesStore} keeps analysis
 * reports and backtest runs with their equity curves, {@link JdbcFuturesBars} writes bars into
 * {@code futures_bars} and {@link JdbcBarSource} reads them back as continuous or single-contract
 * series for analysis, and {@link JdbcPaperTradingStore} records a paper account's orders, fills
 * and positions. Each write replaces what its key held.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.jdbc;
