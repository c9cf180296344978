/**
 * Anomaly scoring of disclosed trades: per-trade features, univariate outlier tests (robust
 * z-score, generalized ESD), an isolation forest, market-model abnormal returns, and the
 * detector that turns them into explained anomalies with a severity in [0, 1].
 *
 * <p>Every engine here is pure: plain values in, result records out, no I/O, no clock, no
 * threads of its own; randomness comes from a seed passed in. Non-null by default: absent
 * values are {@link java.util.Optional}, {@link java.util.OptionalDouble} or, in the columnar
 * feature table only, {@code NaN} (documented where used).
 */
package dev.quantsdk.discovery.anomaly;
