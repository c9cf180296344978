package dev.quantsdk.futures.indicator;

/**
 * Streaming log return {@code ln(p[t] / p[t-1])}; bit-identical to
 * {@link Indicators#logReturns(double[])}. Warm-up 1. Mutable, not thread-safe.
 */
public final class LogReturnStream implements IndicatorStream {

  private double previous;
  private long count;
  private double value = Double.NaN;

  /** Creates the stream. */
  public LogReturnStream() {
    // no parameters
  }

  /**
   * Consumes the next price.
   *
   * @param price the price, finite and &gt; 0
   * @return the log return, {@code NaN} at the first bar
   * @throws IllegalArgumentException if {@code price} is not finite and positive
   */
  public double next(double price) {
    Indicators.checkPositiveValue(price, "price", count);
    value = count == 0 ? Double.NaN : Math.log(price / previous);
    previous = price;
    count++;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public int warmUp() {
    return 1;
  }

  @Override
  public long count() {
    return count;
  }
}
