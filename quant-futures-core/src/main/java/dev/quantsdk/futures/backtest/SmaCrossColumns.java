package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.TimeBase;
import dev.quantsdk.model.ArgChecker;
import java.util.Arrays;
import java.util.Objects;

/**
 * The read-only columns the {@code sma-cross} kernel reads: times, opens and the strategy price
 * {@code p(t)} (the settle, or the close where a bar has no settle). Built once and shared by any
 * number of backtests, for example all tasks of a parameter sweep.
 *
 * <p>Immutable and thread-safe: the arrays are private copies and never handed out.
 */
public final class SmaCrossColumns {

  private final TimeBase timeBase;
  private final long[] times;
  private final double[] opens;
  private final double[] prices;

  private SmaCrossColumns(TimeBase timeBase, long[] times, double[] opens, double[] prices) {
    this.timeBase = timeBase;
    this.times = times;
    this.opens = opens;
    this.prices = prices;
  }

  /**
   * The columns of a bar series: {@code p(t)} is the bar's settle, or its close where the settle
   * is absent.
   *
   * @param bars the bars
   * @return the columns
   */
  public static SmaCrossColumns of(BarSeries bars) {
    ArgChecker.notNull(bars, "bars");
    double[] price = bars.settles();
    double[] close = bars.closes();
    for (int i = 0; i < price.length; i++) {
      if (Double.isNaN(price[i])) {
        price[i] = close[i];
      }
    }
    return new SmaCrossColumns(bars.timeBase(), bars.times(), bars.opens(), price);
  }

  /**
   * Columns from arrays (copied).
   *
   * @param timeBase what the time values count
   * @param times the bar times, ascending
   * @param opens the opens, points
   * @param prices the strategy prices {@code p(t)}, points
   * @return the columns
   * @throws IllegalArgumentException if the lengths differ or a price is not finite
   */
  public static SmaCrossColumns of(TimeBase timeBase, long[] times, double[] opens, double[] prices) {
    ArgChecker.notNull(timeBase, "timeBase");
    ArgChecker.isTrue(times.length == opens.length && opens.length == prices.length,
        "times, opens and prices must have one length but had %d, %d and %d", times.length, opens.length,
        prices.length);
    for (int i = 0; i < opens.length; i++) {
      ArgChecker.isTrue(Double.isFinite(opens[i]) && Double.isFinite(prices[i]),
          "bar %d: open %s and price %s must be finite", i, opens[i], prices[i]);
    }
    return new SmaCrossColumns(timeBase, times.clone(), opens.clone(), prices.clone());
  }

  /**
   * The bars {@code [from, to)} as new columns.
   *
   * @param from the first index, inclusive
   * @param to the end index, exclusive
   * @return the slice
   * @throws IndexOutOfBoundsException if the range is outside the columns
   */
  public SmaCrossColumns slice(int from, int to) {
    Objects.checkFromToIndex(from, to, times.length);
    return new SmaCrossColumns(timeBase, Arrays.copyOfRange(times, from, to),
        Arrays.copyOfRange(opens, from, to), Arrays.copyOfRange(prices, from, to));
  }

  /**
   * The number of bars.
   *
   * @return the size
   */
  public int size() {
    return times.length;
  }

  /**
   * What the time values count.
   *
   * @return the time base
   */
  public TimeBase timeBase() {
    return timeBase;
  }

  /**
   * The time value of bar {@code i}.
   *
   * @param i the index
   * @return the time
   */
  public long time(int i) {
    return times[i];
  }

  /**
   * The open of bar {@code i}, points.
   *
   * @param i the index
   * @return the open
   */
  public double open(int i) {
    return opens[i];
  }

  /**
   * The strategy price {@code p(i)}, points.
   *
   * @param i the index
   * @return the price
   */
  public double price(int i) {
    return prices[i];
  }

  /**
   * A copy of the price column.
   *
   * @return a new array
   */
  public double[] prices() {
    return prices.clone();
  }

  double[] opensArray() {
    return opens;
  }

  double[] pricesArray() {
    return prices;
  }

  long[] timesArray() {
    return times;
  }
}
