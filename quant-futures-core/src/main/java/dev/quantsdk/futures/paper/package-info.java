/**
 * Paper trading: {@link dev.quantsdk.futures.paper.PaperBroker}, an event-driven simulated broker
 * fed bar by bar (replayed series through {@link dev.quantsdk.futures.backtest.BarReplay}, or bars
 * pushed by a host), with the backtest's order semantics and matching code
 * ({@link dev.quantsdk.futures.backtest.ExecutionSimulator}), order lifecycle, positions, account
 * and margin, listeners, and the {@link dev.quantsdk.futures.paper.PaperTradingStore} port that
 * persists orders, fills and positions.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.paper;
