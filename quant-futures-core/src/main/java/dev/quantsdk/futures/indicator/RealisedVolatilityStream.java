package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * Streaming annualised realised volatility {@code sqrt(periodsPerYear * mean(r^2))} over the last
 * {@code n} log returns; bit-identical to
 * {@link Indicators#realisedVolatility(double[], int, double)}. Warm-up {@code n}. Mutable, not
 * thread-safe.
 */
public final class RealisedVolatilityStream implements IndicatorStream {

  private final int n;
  private final double periodsPerYear;
  private final Ring returns;
  private final RollingSum sum = new RollingSum();
  private double previous;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the stream.
   *
   * @param n the number of returns in the window, &gt; 0
   * @param periodsPerYear the annualisation factor, &gt; 0 (252 for daily bars)
   * @throws IllegalArgumentException if a parameter is not positive
   */
  public RealisedVolatilityStream(int n, double periodsPerYear) {
    Indicators.checkWindow(n, "n");
    this.n = n;
    this.periodsPerYear = ArgChecker.positive(periodsPerYear, "periodsPerYear");
    this.returns = new Ring(n);
  }

  /**
   * Consumes the next price.
   *
   * @param price the price, finite and &gt; 0
   * @return the annualised volatility (a fraction), {@code NaN} during the warm-up
   * @throws IllegalArgumentException if {@code price} is not finite and positive
   */
  public double next(double price) {
    Indicators.checkPositiveValue(price, "price", count);
    if (count > 0) {
      double r = Math.log(price / previous);
      sum.add(r * r);
      double evicted = returns.push(r);
      if (!Double.isNaN(evicted)) {
        sum.add(-(evicted * evicted));
      }
    }
    previous = price;
    value = count >= n ? Indicators.realisedVolatilityOf(sum.value(), n, periodsPerYear)
        : Double.NaN;
    count++;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public int warmUp() {
    return n;
  }

  @Override
  public long count() {
    return count;
  }
}
