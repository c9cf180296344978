package dev.quantsdk.futures.indicator;

/**
 * Streaming rolling population standard deviation; bit-identical to
 * {@link Indicators#stdDev(double[], int)}. Warm-up {@code n - 1}; O(n) per bar. Mutable, not
 * thread-safe.
 */
public final class StdDevStream extends AbstractIndicatorStream {

  private final RollingMoments moments;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public StdDevStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.moments = new RollingMoments(n);
  }

  /**
   * Consumes the next value.
   *
   * @param x the value, finite
   * @return the standard deviation, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code x} is not finite
   */
  public double next(double x) {
    Indicators.checkValue(x, "x", count());
    moments.push(x);
    return emit(moments.stdDev());
  }
}
