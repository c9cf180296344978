/**
 * Futures backtests: the general bar-driven engine ({@link dev.quantsdk.futures.backtest.BacktestEngine}
 * over {@link dev.quantsdk.futures.backtest.ExecutionSimulator}: orders, intrabar matching, costs,
 * margin, rolls, portfolios; the simulator the paper broker shares), the exact columnar
 * {@code sma-cross} kernel, the performance metric set, and the probabilistic and deflated Sharpe
 * ratios.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.backtest;
