package dev.quantsdk.futures.indicator;

/**
 * A Neumaier-compensated running sum, so that a rolling window sum over millions of bars (adding
 * the new value, subtracting the one leaving the window) does not drift.
 *
 * <p>Both the batch kernels and the streams use this class with the same sequence of calls, which
 * is what makes their outputs bit-identical. Mutable, not thread-safe; package-private.
 */
final class RollingSum {

  private double sum;
  private double compensation;

  /**
   * Adds a value (a negative value removes one).
   *
   * @param value the value to add
   */
  void add(double value) {
    double t = sum + value;
    if (Math.abs(sum) >= Math.abs(value)) {
      compensation += (sum - t) + value;
    } else {
      compensation += (value - t) + sum;
    }
    sum = t;
  }

  /**
   * The compensated sum.
   *
   * @return the sum of every value added so far
   */
  double value() {
    return sum + compensation;
  }
}
