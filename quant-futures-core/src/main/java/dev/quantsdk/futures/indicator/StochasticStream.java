package dev.quantsdk.futures.indicator;

/**
 * Streaming stochastic oscillator; bit-identical to
 * {@link Indicators#stochastic(double[], double[], double[], int, int)}. {@link #value()} is %K,
 * {@link #d()} is %D at the same bar. Warm-ups {@code kPeriod - 1} for %K ({@link #warmUp()}) and
 * {@code kPeriod + dPeriod - 2} for %D. O(kPeriod) per bar. Mutable, not thread-safe.
 */
public final class StochasticStream extends AbstractIndicatorStream {

  private final int kPeriod;
  private final int dPeriod;
  private final Ring highs;
  private final Ring lows;
  private final Ring ks;
  private final RollingSum sum = new RollingSum();
  private double d = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param kPeriod the %K look-back, &gt; 0
   * @param dPeriod the %D smoothing, &gt; 0
   * @throws IllegalArgumentException if a period is not positive
   */
  public StochasticStream(int kPeriod, int dPeriod) {
    super(Indicators.checkWindow(kPeriod, "kPeriod") - 1);
    Indicators.checkWindow(dPeriod, "dPeriod");
    this.kPeriod = kPeriod;
    this.dPeriod = dPeriod;
    this.highs = new Ring(kPeriod);
    this.lows = new Ring(kPeriod);
    this.ks = new Ring(dPeriod);
  }

  /**
   * Consumes the next bar.
   *
   * @param high the high, finite
   * @param low the low, finite
   * @param close the close, finite
   * @return %K (0..100), {@code NaN} during the warm-up
   * @throws IllegalArgumentException if a price is not finite
   */
  public double next(double high, double low, double close) {
    long index = count();
    Indicators.checkValue(high, "high", index);
    Indicators.checkValue(low, "low", index);
    Indicators.checkValue(close, "close", index);
    highs.push(high);
    lows.push(low);
    if (!highs.full()) {
      return emit(Double.NaN);
    }
    double hh = high;
    double ll = low;
    for (int j = 0; j < kPeriod - 1; j++) {
      hh = Math.max(hh, highs.get(j));
      ll = Math.min(ll, lows.get(j));
    }
    double k = Indicators.stochasticK(close, hh, ll);
    double evicted = ks.push(k);
    sum.add(k);
    if (!Double.isNaN(evicted)) {
      sum.add(-evicted);
    }
    d = ks.full() ? sum.value() / dPeriod : Double.NaN;
    return emit(k);
  }

  /**
   * The warm-up of %D.
   *
   * @return {@code kPeriod + dPeriod - 2}
   */
  public int dWarmUp() {
    return kPeriod + dPeriod - 2;
  }

  /**
   * %D at the latest bar.
   *
   * @return the SMA of %K, {@code NaN} during its warm-up
   */
  public double d() {
    return d;
  }
}
