/**
 * Backtest analytics: the performance metric set, and the probabilistic and deflated Sharpe
 * ratios.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.backtest;
