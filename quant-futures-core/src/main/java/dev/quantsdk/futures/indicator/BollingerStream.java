package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * Streaming Bollinger bands; bit-identical to {@link Indicators#bollinger(double[], int, double)}.
 * {@link #value()} is the middle band; {@link #upper()} and {@link #lower()} the outer bands at the
 * same bar. Warm-up {@code n - 1}. Mutable, not thread-safe.
 */
public final class BollingerStream extends AbstractIndicatorStream {

  private final double k;
  private final RollingMoments moments;
  private double upper = Double.NaN;
  private double lower = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @param k the band width in standard deviations, finite and &gt; 0
   * @throws IllegalArgumentException if {@code n} or {@code k} is not positive
   */
  public BollingerStream(int n, double k) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.k = ArgChecker.positive(k, "k");
    this.moments = new RollingMoments(n);
  }

  /**
   * Consumes the next close.
   *
   * @param close the close, finite
   * @return the middle band, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code close} is not finite
   */
  public double next(double close) {
    Indicators.checkValue(close, "close", count());
    moments.push(close);
    double middle = moments.mean();
    double sd = moments.stdDev();
    upper = middle + sd * k;
    lower = middle - sd * k;
    return emit(middle);
  }

  /**
   * The upper band at the latest bar.
   *
   * @return middle + k standard deviations, {@code NaN} during the warm-up
   */
  public double upper() {
    return upper;
  }

  /**
   * The lower band at the latest bar.
   *
   * @return middle - k standard deviations, {@code NaN} during the warm-up
   */
  public double lower() {
    return lower;
  }
}
