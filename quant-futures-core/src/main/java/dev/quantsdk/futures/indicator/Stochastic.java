package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * Stochastic oscillator from {@link Indicators#stochastic}: %K and its moving average %D, on a
 * 0..100 scale; {@code NaN} during the warm-ups.
 *
 * <p>The columns are index-aligned with the input bars and share its length; they are the arrays
 * the kernel filled, not copies, so the record is only as immutable as its callers keep them
 * (equality is by array identity). Safe to read from several threads once published.
 *
 * @param k %K, where the close lies in the recent high-low range
 * @param d %D, the simple moving average of %K
 */
public record Stochastic(double[] k, double[] d) {

  /**
   * Validates that every column is present and all have the same length.
   *
   * @param k %K, where the close lies in the recent high-low range
   * @param d %D, the simple moving average of %K
   * @throws NullPointerException if a column is null
   * @throws IllegalArgumentException if the lengths differ
   */
  public Stochastic {
    ArgChecker.notNull(k, "k");
    ArgChecker.notNull(d, "d");
    ArgChecker.isTrue(d.length == k.length, "d has %d values but k has %d", d.length, k.length);
  }

  /**
   * The number of bars.
   *
   * @return the common column length
   */
  public int size() {
    return k.length;
  }
}
