package dev.quantsdk.futures.indicator;

/**
 * Streaming exponential moving average (multiplier {@code 2 / (n + 1)}, seeded with the first
 * value as ta4j does); bit-identical to {@link Indicators#ema(double[], int)}. Warm-up
 * {@code n - 1}. Mutable, not thread-safe.
 */
public final class EmaStream implements IndicatorStream {

  private final int n;
  private final double k;
  private double ema;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the period, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public EmaStream(int n) {
    Indicators.checkWindow(n, "n");
    this.n = n;
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
    Indicators.checkValue(x, "x", count);
    ema = count == 0 ? x : Indicators.smooth(ema, x, k);
    count++;
    value = count >= n ? ema : Double.NaN;
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
