package dev.quantsdk.futures.indicator;

/**
 * Streaming average directional index with +DI and -DI; bit-identical to
 * {@link Indicators#adx(double[], double[], double[], int)}. {@link #value()} is ADX (warm-up
 * {@code 2n - 1}); {@link #plusDi()} and {@link #minusDi()} have warm-up {@code n}. Mutable, not
 * thread-safe.
 */
public final class AdxStream extends AbstractIndicatorStream {

  private final int n;
  private final double k;
  private double previousHigh;
  private double previousLow;
  private double previousClose;
  private double atr;
  private double avgPlusDm;
  private double avgMinusDm;
  private double avgDx;
  private double plusDi = Double.NaN;
  private double minusDi = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the period, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public AdxStream(int n) {
    super(2 * Indicators.checkWindow(n, "n") - 1);
    this.n = n;
    this.k = Indicators.wilderMultiplier(n);
  }

  /**
   * Consumes the next bar.
   *
   * @param high the high, finite
   * @param low the low, finite
   * @param close the close, finite
   * @return ADX (0..100), {@code NaN} during the warm-up
   * @throws IllegalArgumentException if a price is not finite
   */
  public double next(double high, double low, double close) {
    long count = count();
    Indicators.checkValue(high, "high", count);
    Indicators.checkValue(low, "low", count);
    Indicators.checkValue(close, "close", count);
    if (count == 0) {
      atr = Math.abs(high - low);
    } else {
      atr = Indicators.smooth(atr, Indicators.trueRange(high, low, previousClose), k);
      double up = high - previousHigh;
      double down = previousLow - low;
      avgPlusDm = Indicators.smooth(avgPlusDm, Indicators.directionalMove(up, down), k);
      avgMinusDm = Indicators.smooth(avgMinusDm, Indicators.directionalMove(down, up), k);
    }
    double pdi = Indicators.directionalIndex(avgPlusDm, atr);
    double mdi = Indicators.directionalIndex(avgMinusDm, atr);
    double dx = Indicators.dxOf(pdi, mdi);
    avgDx = count == 0 ? dx : Indicators.smooth(avgDx, dx, k);
    plusDi = count >= n ? pdi : Double.NaN;
    minusDi = count >= n ? mdi : Double.NaN;
    previousHigh = high;
    previousLow = low;
    previousClose = close;
    return emit(pastWarmUp() ? avgDx : Double.NaN);
  }

  /**
   * The warm-up of +DI and -DI.
   *
   * @return {@code n}
   */
  public int diWarmUp() {
    return n;
  }

  /**
   * +DI at the latest bar.
   *
   * @return +DI (0..100), {@code NaN} during its warm-up of {@code n} bars
   */
  public double plusDi() {
    return plusDi;
  }

  /**
   * -DI at the latest bar.
   *
   * @return -DI (0..100), {@code NaN} during its warm-up of {@code n} bars
   */
  public double minusDi() {
    return minusDi;
  }
}
