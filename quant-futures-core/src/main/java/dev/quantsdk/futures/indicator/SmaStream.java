package dev.quantsdk.futures.indicator;

/**
 * Streaming simple moving average; bit-identical to {@link Indicators#sma(double[], int)}.
 * Warm-up {@code n - 1}. Mutable, not thread-safe.
 */
public final class SmaStream implements IndicatorStream {

  private final int n;
  private final Ring window;
  private final RollingSum sum = new RollingSum();
  private double value = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public SmaStream(int n) {
    Indicators.checkWindow(n, "n");
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
    Indicators.checkValue(x, "x", window.count());
    double evicted = window.push(x);
    sum.add(x);
    if (!Double.isNaN(evicted)) {
      sum.add(-evicted);
    }
    value = window.full() ? sum.value() / n : Double.NaN;
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
    return window.count();
  }
}
