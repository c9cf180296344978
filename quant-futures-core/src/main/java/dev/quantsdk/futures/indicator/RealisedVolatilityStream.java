package dev.quantsdk.futures.indicator;

import dev.quantsdk.model.ArgChecker;

/**
 * Streaming annualised realised volatility {@code sqrt(periodsPerYear * mean(r^2))} over the last
 * {@code n} log returns; bit-identical to
 * {@link Indicators#realisedVolatility(double[], int, double)}. Warm-up {@code n}. Mutable, not
 * thread-safe.
 */
public final class RealisedVolatilityStream extends AbstractIndicatorStream {

  private final int n;
  private final double periodsPerYear;
  private final Ring returns;
  private final RollingSum sum = new RollingSum();
  private double previous;

  /**
   * Creates the stream.
   *
   * @param n the number of returns in the window, &gt; 0
   * @param periodsPerYear the annualisation factor, &gt; 0 (252 for daily bars)
   * @throws IllegalArgumentException if a parameter is not positive
   */
  public RealisedVolatilityStream(int n, double periodsPerYear) {
    super(Indicators.checkWindow(n, "n"));
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
    Indicators.checkPositiveValue(price, "price", count());
    if (count() > 0) {
      double r = Math.log(price / previous);
      sum.add(r * r);
      double evicted = returns.push(r);
      if (!Double.isNaN(evicted)) {
        sum.add(-(evicted * evicted));
      }
    }
    previous = price;
    return emit(pastWarmUp() ? Indicators.realisedVolatilityOf(sum.value(), n, periodsPerYear)
        : Double.NaN);
  }
}
