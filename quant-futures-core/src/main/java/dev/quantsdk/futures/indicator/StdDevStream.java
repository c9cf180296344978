package dev.quantsdk.futures.indicator;

/**
 * Streaming rolling population standard deviation; bit-identical to
 * {@link Indicators#stdDev(double[], int)}. Warm-up {@code n - 1}; O(n) per bar. Mutable, not
 * thread-safe.
 */
public final class StdDevStream implements IndicatorStream {

  private final int n;
  private final RollingMoments moments;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public StdDevStream(int n) {
    Indicators.checkWindow(n, "n");
    this.n = n;
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
    Indicators.checkValue(x, "x", count);
    moments.push(x);
    count++;
    value = moments.stdDev();
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public int warmUp() {
    return n - 1;
  }

  @Override
  public long count() {
    return count;
  }
}
