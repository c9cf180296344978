/**
 * Strategy optimisation over the {@code sma-cross} kernel: parameter-grid sweeps run on a
 * caller-supplied {@link java.util.concurrent.Executor} (parallel and deterministic), and
 * walk-forward optimisation (rolling or anchored, with purge and embargo) reporting in-sample
 * against out-of-sample metrics and the deflated Sharpe ratio over the number of trials.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.optimize;
