package dev.quantsdk.futures.indicator;

/**
 * Streaming relative strength index (Wilder's smoothing, seeded at the first bar as ta4j does);
 * bit-identical to {@link Indicators#rsi(double[], int)}. Warm-up {@code n}. Mutable, not
 * thread-safe.
 */
public final class RsiStream extends AbstractIndicatorStream {

  private final double k;
  private double previousClose;
  private double avgGain;
  private double avgLoss;

  /**
   * Creates the stream.
   *
   * @param n the period, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public RsiStream(int n) {
    super(Indicators.checkWindow(n, "n"));
    this.k = Indicators.wilderMultiplier(n);
  }

  /**
   * Consumes the next close.
   *
   * @param close the close, finite
   * @return the RSI (0..100), {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code close} is not finite
   */
  public double next(double close) {
    Indicators.checkValue(close, "close", count());
    if (count() > 0) {
      avgGain = Indicators.smooth(avgGain, Indicators.gain(close, previousClose), k);
      avgLoss = Indicators.smooth(avgLoss, Indicators.loss(close, previousClose), k);
    }
    previousClose = close;
    return emit(pastWarmUp() ? Indicators.rsiOf(avgGain, avgLoss) : Double.NaN);
  }
}
