package dev.quantsdk.futures.indicator;

/**
 * Streaming exponential moving average (multiplier {@code 2 / (n + 1)}, seeded with the first
 * value as ta4j does); bit-identical to {@link Indicators#ema(double[], int)}. Warm-up
 * {@code n - 1}. Mutable, not thread-safe.
 */
public final class EmaStream extends AbstractIndicatorStream {

  private final double k;
  private double ema;

  /**
   * Creates the stream.
   *
   * @param n the period, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public EmaStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.k = Indicators.emaMultiplier(n);
  }

  /**
   * Consumes the next value.
   *
   * @param x the value, finite
   * @return the average, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code x} is not finite
   */
  public double next(double x) {
    Indicators.checkValue(x, "x", count());
    ema = count() == 0 ? x : Indicators.smooth(ema, x, k);
    return emit(pastWarmUp() ? ema : Double.NaN);
  }
}
