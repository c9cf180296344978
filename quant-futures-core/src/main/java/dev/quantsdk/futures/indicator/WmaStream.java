package dev.quantsdk.futures.indicator;

/**
 * Streaming linearly weighted moving average; bit-identical to
 * {@link Indicators#wma(double[], int)}. Warm-up {@code n - 1}; O(n) per bar. Mutable, not
 * thread-safe.
 */
public final class WmaStream extends AbstractIndicatorStream {

  private final int n;
  private final double divisor;
  private final Ring window;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public WmaStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.n = n;
    this.divisor = Indicators.wmaDivisor(n);
    this.window = new Ring(n);
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
    window.push(x);
    if (!window.full()) {
      return emit(Double.NaN);
    }
    double sum = 0;
    for (int w = n, j = n - 1; w > 0; w--, j--) {
      sum += w * window.get(j);
    }
    return emit(sum / divisor);
  }
}
