package dev.quantsdk.futures.indicator;

/**
 * Streaming simple moving average; bit-identical to {@link Indicators#sma(double[], int)}.
 * Warm-up {@code n - 1}. Mutable, not thread-safe.
 */
public final class SmaStream extends AbstractIndicatorStream {

  private final int n;
  private final Ring window;
  private final RollingSum sum = new RollingSum();

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public SmaStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.n = n;
    this.window = new Ring(n);
  }

  /**
   * Consumes the next value.
   *
   * @param x the value, finite
   * @return the moving average, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code x} is not finite
   */
  public double next(double x) {
    Indicators.checkValue(x, "x", count());
    double evicted = window.push(x);
    sum.add(x);
    if (!Double.isNaN(evicted)) {
      sum.add(-evicted);
    }
    return emit(window.full() ? sum.value() / n : Double.NaN);
  }
}
