package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * MACD from {@link Indicators#macd}: the line (fast EMA - slow EMA), its EMA signal and the
 * histogram (line - signal), in price units; {@code NaN} during the warm-ups.
 *
 * <p>The columns are index-aligned with the input bars and share its length; they are the arrays
 * the kernel filled, not copies, so the record is only as immutable as its callers keep them
 * (equality is by array identity). Safe to read from several threads once published.
 *
 * @param line fast EMA minus slow EMA
 * @param signal EMA of the line
 * @param histogram line minus signal
 */
public record Macd(double[] line, double[] signal, double[] histogram) {

  /**
   * Validates that every column is present and all have the same length.
   *
   * @param line fast EMA minus slow EMA
   * @param signal EMA of the line
   * @param histogram line minus signal
   * @throws NullPointerException if a column is null
   * @throws IllegalArgumentException if the lengths differ
   */
  public Macd {
    ArgChecker.notNull(line, "line");
    ArgChecker.notNull(signal, "signal");
    ArgChecker.notNull(histogram, "histogram");
    ArgChecker.isTrue(signal.length == line.length,
        "signal has %d values but line has %d", signal.length, line.length);
    ArgChecker.isTrue(histogram.length == line.length,
        "histogram has %d values but line has %d", histogram.length, line.length);
  }

  /**
   * The number of bars.
   *
   * @return the common column length
   */
  public int size() {
    return line.length;
  }
}
