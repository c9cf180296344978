package dev.quantsdk.futures.indicator;

/**
 * Streaming Donchian channel; bit-identical to {@link Indicators#donchian(double[], double[], int)}.
 * {@link #value()} is the middle line; {@link #upper()} and {@link #lower()} the channel bounds.
 * Warm-up {@code n - 1}; O(n) per bar. Mutable, not thread-safe.
 */
public final class DonchianStream extends AbstractIndicatorStream {

  private final int n;
  private final Ring highs;
  private final Ring lows;
  private double upper = Double.NaN;
  private double lower = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the window, &gt; 0
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public DonchianStream(int n) {
    super(Indicators.checkWindow(n, "n") - 1);
    this.n = n;
    this.highs = new Ring(n);
    this.lows = new Ring(n);
  }

  /**
   * Consumes the next bar.
   *
   * @param high the high, finite
   * @param low the low, finite
   * @return the middle line, {@code NaN} during the warm-up
   * @throws IllegalArgumentException if a price is not finite
   */
  public double next(double high, double low) {
    Indicators.checkValue(high, "high", count());
    Indicators.checkValue(low, "low", count());
    highs.push(high);
    lows.push(low);
    if (!highs.full()) {
      return emit(Double.NaN);
    }
    double hh = high;
    double ll = low;
    for (int j = 0; j < n - 1; j++) {
      hh = Math.max(hh, highs.get(j));
      ll = Math.min(ll, lows.get(j));
    }
    upper = hh;
    lower = ll;
    return emit((ll + hh) / 2);
  }

  /**
   * The upper bound at the latest bar.
   *
   * @return the highest high of the window, {@code NaN} during the warm-up
   */
  public double upper() {
    return upper;
  }

  /**
   * The lower bound at the latest bar.
   *
   * @return the lowest low of the window, {@code NaN} during the warm-up
   */
  public double lower() {
    return lower;
  }
}
