/**
 * The futures half of the orchestration facade: comprehensive analysis of an instrument
 * (ingest, features, model, signals, backtest, each step timed and isolated), strategy
 * optimisation, market intelligence (volatility regime, trend state, cross-instrument
 * correlation, upcoming rolls) and analytics summaries for dashboards.
 *
 * <p>The facade reads bars through the {@link dev.quantsdk.orchestration.futures.BarSource} port
 * and writes results through {@link dev.quantsdk.orchestration.futures.FuturesStore}; it calls the
 * pure engines of {@code quant-futures-core} and never touches JPA or JDBC.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.orchestration.futures;
