package dev.quantsdk.futures.indicator;

/**
 * Streaming average true range (Wilder's smoothing seeded with the first bar's high - low, as
 * ta4j does); bit-identical to {@link Indicators#atr(double[], double[], double[], int)}. Warm-up
 * {@code n - 1}. Mutable, not thread-safe.
 */
public final class AtrStream implements IndicatorStream {

  private final int n;
  private final double k;
  private double previousClose;
  private double atr;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the period, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public AtrStream(int n) {
    Indicators.checkWindow(n, "n");
    this.n = n;
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
    Indicators.checkValue(high, "high", count);
    Indicators.checkValue(low, "low", count);
    Indicators.checkValue(close, "close", count);
    if (count == 0) {
      atr = Math.abs(high - low);
    } else {
      atr = Indicators.smooth(atr, Indicators.trueRange(high, low, previousClose), k);
    }
    previousClose = close;
    count++;
    value = count >= n ? atr : Double.NaN;
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
