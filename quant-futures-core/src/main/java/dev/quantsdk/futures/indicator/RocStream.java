package dev.quantsdk.futures.indicator;

/**
 * Streaming rate of change in percent; bit-identical to {@link Indicators#roc(double[], int)}.
 * Warm-up {@code n}. Mutable, not thread-safe.
 */
public final class RocStream extends AbstractIndicatorStream {

  private final Ring window;

  /**
   * Creates the stream.
   *
   * @param n the look-back, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public RocStream(int n) {
    super(Indicators.checkWindow(n, "n"));
    this.window = new Ring(n);
  }

  /**
   * Consumes the next value.
   *
   * @param x the value, finite
   * @return the rate of change in percent, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code x} is not finite, or the value {@code n} bars
   *     earlier is 0 (the stream is then unchanged)
   */
  public double next(double x) {
    long index = count();
    Indicators.checkValue(x, "x", index);
    double result = window.full() ? Indicators.rocOf(x, window.get(0), index) : Double.NaN;
    window.push(x);
    return emit(result);
  }
}
