package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * Donchian channel from {@link Indicators#donchian}: highest high, midpoint and lowest low of the
 * window, in price units; {@code NaN} during the warm-up.
 *
 * <p>The columns are index-aligned with the input bars and share its length; they are the arrays
 * the kernel filled, not copies, so the record is only as immutable as its callers keep them
 * (equality is by array identity). Safe to read from several threads once published.
 *
 * @param upper the highest high of the window
 * @param middle the mean of upper and lower
 * @param lower the lowest low of the window
 */
public record DonchianChannel(double[] upper, double[] middle, double[] lower) {

  /**
   * Validates that every column is present and all have the same length.
   *
   * @param upper the highest high of the window
   * @param middle the mean of upper and lower
   * @param lower the lowest low of the window
   * @throws NullPointerException if a column is null
   * @throws IllegalArgumentException if the lengths differ
   */
  public DonchianChannel {
    ArgChecker.notNull(upper, "upper");
    ArgChecker.notNull(middle, "middle");
    ArgChecker.notNull(lower, "lower");
    ArgChecker.isTrue(middle.length == upper.length,
        "middle has %d values but upper has %d", middle.length, upper.length);
    ArgChecker.isTrue(lower.length == upper.length,
        "lower has %d values but upper has %d", lower.length, upper.length);
  }

  /**
   * The number of bars.
   *
   * @return the common column length
   */
  public int size() {
    return upper.length;
  }
}
