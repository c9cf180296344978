/**
 * Columnar, immutable bar series of futures prices and their validation.
 *
 * <p>{@link dev.quantsdk.futures.bar.BarSeries} stores each field as one primitive column
 * (prices as exact scaled decimals when they fit, see its javadoc) and is built with
 * {@link dev.quantsdk.futures.bar.BarSeries.Builder}, which validates under a caller-chosen
 * {@link dev.quantsdk.futures.bar.ValidationPolicy}. Pure: no I/O.
 *
 * <p>Non-null by default: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}, and absent numbers inside a column are {@code NaN}.
 */
package dev.quantsdk.futures.bar;
