package dev.quantsdk.futures.indicator;

/**
 * Streaming log return {@code ln(p[t] / p[t-1])}; bit-identical to
 * {@link Indicators#logReturns(double[])}. Warm-up 1. Mutable, not thread-safe.
 */
public final class LogReturnStream extends AbstractIndicatorStream {

  private double previous;

  /** Creates the stream. */
  public LogReturnStream() {
    super(1);
  }

  /**
   * Consumes the next price.
   *
   * @param price the price, finite and &gt; 0
   * @return the log return, {@code NaN} at the first bar
   * @throws IllegalArgumentException if {@code price} is not finite and positive
   */
  public double next(double price) {
    Indicators.checkPositiveValue(price, "price", count());
    double r = count() == 0 ? Double.NaN : Math.log(price / previous);
    previous = price;
    return emit(r);
  }
}
