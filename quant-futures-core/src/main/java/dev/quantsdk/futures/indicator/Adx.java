package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * Average directional index from {@link Indicators#adx} with the directional indicators it is
 * built from, on a 0..100 scale; {@code NaN} during the warm-ups.
 *
 * <p>The columns are index-aligned with the input bars and share its length; they are the arrays
 * the kernel filled, not copies, so the record is only as immutable as its callers keep them
 * (equality is by array identity). Safe to read from several threads once published.
 *
 * @param adx the average directional index (Wilder average of DX)
 * @param plusDi +DI, the smoothed upward directional movement over ATR, in percent
 * @param minusDi -DI, the smoothed downward directional movement over ATR, in percent
 */
public record Adx(double[] adx, double[] plusDi, double[] minusDi) {

  /**
   * Validates that every column is present and all have the same length.
   *
   * @param adx the average directional index (Wilder average of DX)
   * @param plusDi +DI, the smoothed upward directional movement over ATR, in percent
   * @param minusDi -DI, the smoothed downward directional movement over ATR, in percent
   * @throws NullPointerException if a column is null
   * @throws IllegalArgumentException if the lengths differ
   */
  public Adx {
    ArgChecker.notNull(adx, "adx");
    ArgChecker.notNull(plusDi, "plusDi");
    ArgChecker.notNull(minusDi, "minusDi");
    ArgChecker.isTrue(plusDi.length == adx.length,
        "plusDi has %d values but adx has %d", plusDi.length, adx.length);
    ArgChecker.isTrue(minusDi.length == adx.length,
        "minusDi has %d values but adx has %d", minusDi.length, adx.length);
  }

  /**
   * The number of bars.
   *
   * @return the common column length
   */
  public int size() {
    return adx.length;
  }
}
