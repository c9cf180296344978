package dev.quantsdk.futures.indicator;

/**
 * Streaming MACD; bit-identical to {@link Indicators#macd(double[], int, int, int)}.
 * {@link #value()} is the MACD line; {@link #signal()} and {@link #histogram()} the other two
 * outputs at the same bar. Warm-ups {@code longPeriod - 1} for the line ({@link #warmUp()}) and
 * {@code longPeriod + signalPeriod - 2} for signal and histogram ({@link #signalWarmUp()}).
 * Mutable, not thread-safe.
 */
public final class MacdStream extends AbstractIndicatorStream {

  private final int signalWarmUp;
  private final double ks;
  private final double kl;
  private final double kg;
  private double fast;
  private double slow;
  private double sig;
  private double signal = Double.NaN;
  private double histogram = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param shortPeriod the fast EMA period, &gt; 0
   * @param longPeriod the slow EMA period, &gt; shortPeriod
   * @param signalPeriod the signal EMA period, &gt; 0
   * @throws IllegalArgumentException if a period is not positive or short &ge; long
   */
  public MacdStream(int shortPeriod, int longPeriod, int signalPeriod) {
    super(Indicators.checkMacdPeriods(shortPeriod, longPeriod, signalPeriod) - 1);
    this.signalWarmUp = longPeriod + signalPeriod - 2;
    this.ks = Indicators.emaMultiplier(shortPeriod);
    this.kl = Indicators.emaMultiplier(longPeriod);
    this.kg = Indicators.emaMultiplier(signalPeriod);
  }

  /**
   * Consumes the next close.
   *
   * @param close the close, finite
   * @return the MACD line, {@code NaN} during its warm-up
   * @throws IllegalArgumentException if {@code close} is not finite
   */
  public double next(double close) {
    Indicators.checkValue(close, "close", count());
    long count = count();
    boolean first = count == 0;
    fast = first ? close : Indicators.smooth(fast, close, ks);
    slow = first ? close : Indicators.smooth(slow, close, kl);
    double macd = fast - slow;
    sig = first ? macd : Indicators.smooth(sig, macd, kg);
    signal = count >= signalWarmUp ? sig : Double.NaN;
    histogram = count >= signalWarmUp ? macd - sig : Double.NaN;
    return emit(pastWarmUp() ? macd : Double.NaN);
  }

  /**
   * The signal line at the latest bar.
   *
   * @return the EMA of the MACD line, {@code NaN} during its warm-up
   */
  public double signal() {
    return signal;
  }

  /**
   * The histogram at the latest bar.
   *
   * @return line - signal, {@code NaN} during the signal warm-up
   */
  public double histogram() {
    return histogram;
  }

  /**
   * The warm-up of the signal line and histogram.
   *
   * @return {@code longPeriod + signalPeriod - 2}
   */
  public int signalWarmUp() {
    return signalWarmUp;
  }
}
