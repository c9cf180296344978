package dev.quantsdk.futures.indicator;

/**
 * Streaming average true range (Wilder's smoothing seeded with the first bar's high - low, as
 * ta4j does); bit-identical to {@link Indicators#atr(double[], double[], double[], int)}. Warm-up
 * {@code n - 1}. Mutable, not thread-safe.
 */
public final class AtrStream extends AbstractIndicatorStream {

  private final double k;
  private double previousClose;
  private double atr;

  /**
   * Creates the stream.
   *
   * @param n the period, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public AtrStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.k = Indicators.wilderMultiplier(n);
  }

  /**
   * Consumes the next bar.
   *
   * @param high the high, finite
   * @param low the low, finite
   * @param close the close, finite
   * @return the ATR in price units, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if a price is not finite
   */
  public double next(double high, double low, double close) {
    Indicators.checkValue(high, "high", count());
    Indicators.checkValue(low, "low", count());
    Indicators.checkValue(close, "close", count());
    if (count() == 0) {
      atr = Math.abs(high - low);
    } else {
      atr = Indicators.smooth(atr, Indicators.trueRange(high, low, previousClose), k);
    }
    previousClose = close;
    return emit(pastWarmUp() ? atr : Double.NaN);
  }
}
