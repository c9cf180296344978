package dev.quantsdk.futures.indicator;

/**
 * Streaming rolling z-score (distance from the SMA in population standard deviations; 0 for a
 * flat window); bit-identical to {@link Indicators#zScore(double[], int)}. Warm-up {@code n - 1}.
 * Mutable, not thread-safe.
 */
public final class ZScoreStream implements IndicatorStream {

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
  public ZScoreStream(int n) {
    Indicators.checkWindow(n, "n");
    this.n = n;
    this.moments = new RollingMoments(n);
  }

  /**
   * Consumes the next value.
   *
   * @param x the value, finite
   * @return the z-score, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code x} is not finite
   */
  public double next(double x) {
    Indicators.checkValue(x, "x", count);
    moments.push(x);
    count++;
    value = count >= n ? Indicators.zScoreOf(x, moments.mean(), moments.stdDev()) : Double.NaN;
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
