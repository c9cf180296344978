package dev.quantsdk.futures.indicator;

/**
 * Streaming rolling z-score (distance from the SMA in population standard deviations; 0 for a
 * flat window); bit-identical to {@link Indicators#zScore(double[], int)}. Warm-up {@code n - 1}.
 * Mutable, not thread-safe.
 */
public final class ZScoreStream extends AbstractIndicatorStream {

  private final RollingMoments moments;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public ZScoreStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
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
    Indicators.checkValue(x, "x", count());
    boolean defined = pastWarmUp();
    moments.push(x);
    return emit(defined ? Indicators.zScoreOf(x, moments.mean(), moments.stdDev()) : Double.NaN);
  }
}
