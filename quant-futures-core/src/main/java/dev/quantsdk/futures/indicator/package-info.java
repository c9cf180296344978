/**
 * Technical indicators (features) over futures bars, in two forms that give the same numbers.
 *
 * <ul>
 *   <li><b>Batch</b>: {@link dev.quantsdk.futures.indicator.Indicators}, static columnar kernels
 *       over
 *       {@code double[]} columns (high, low, close, volume), O(n) or O(n &middot; window), no
 *       allocation per element, with overloads that write into a caller's array.</li>
 *   <li><b>Streaming</b>: one small stateful class per indicator ({@link
 *       dev.quantsdk.futures.indicator.SmaStream},
 *       {@link dev.quantsdk.futures.indicator.EmaStream},
 *       ...) fed one bar at a time; every value is bit-identical to the batch value at the same
 *       index.</li>
 * </ul>
 *
 * <p>Definitions follow ta4j 0.17 where ta4j has the indicator (recursive averages are seeded at
 * bar 0 exactly like ta4j); the first {@code warmUp} values of every output are {@code NaN}, the
 * warm-up being documented per indicator. Values never depend on later bars (no look-ahead).
 *
 * <p>Non-null by default: no parameter or return value is {@code null}; absent values are
 * {@link java.util.Optional}.
 */
package dev.quantsdk.futures.indicator;
