package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A daily close series of one ticker or index, columnar: dates strictly ascending, closes
 * positive.
 *
 * <p>The caller loads the prices (the engines read no files) and chooses what "close" means:
 * for stocks the split- and dividend-adjusted close is the right input for returns; an index
 * without dividends (the S&amp;P 500 price index) uses its plain close. Immutable and
 * thread-safe; the arrays are copied in and never handed out.
 */
public final class PriceSeries {

  private final String symbol;
  private final long[] epochDays;
  private final double[] closes;

  private PriceSeries(String symbol, long[] epochDays, double[] closes) {
    this.symbol = symbol;
    this.epochDays = epochDays;
    this.closes = closes;
  }

  /**
   * Creates a series.
   *
   * @param symbol the ticker or index symbol, such as {@code "AAPL"} or {@code "^GSPC"}
   * @param dates the trading dates, strictly ascending
   * @param closes the close on each date, in the series' currency units, finite and &gt; 0
   * @return the series
   * @throws IllegalArgumentException if the symbol is blank, the arrays differ in length, a
   *     date is not after its predecessor or a close is not positive
   */
  public static PriceSeries of(String symbol, LocalDate[] dates, double[] closes) {
    ArgChecker.notBlank(symbol, "symbol");
    ArgChecker.notNull(dates, "dates");
    ArgChecker.notNull(closes, "closes");
    ArgChecker.isTrue(dates.length == closes.length,
        "%s: %d dates but %d closes", symbol, dates.length, closes.length);
    long[] days = new long[dates.length];
    for (int i = 0; i < dates.length; i++) {
      days[i] = ArgChecker.notNull(dates[i], "dates[" + i + "]").toEpochDay();
      ArgChecker.isTrue(i == 0 || days[i] > days[i - 1],
          "%s: date %s at row %d is not after the previous date %s", symbol, dates[i], i,
          i == 0 ? "" : dates[i - 1]);
      ArgChecker.isTrue(Double.isFinite(closes[i]) && closes[i] > 0,
          "%s: close on %s must be finite and > 0 but was %s", symbol, dates[i], closes[i]);
    }
    return new PriceSeries(symbol, days, closes.clone());
  }

  /**
   * The symbol.
   *
   * @return the ticker or index symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The number of closes.
   *
   * @return the size
   */
  public int size() {
    return closes.length;
  }

  /**
   * The date of a row.
   *
   * @param i the row, in [0, size)
   * @return the date
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public LocalDate date(int i) {
    return LocalDate.ofEpochDay(epochDays[i]);
  }

  /**
   * The close of a row.
   *
   * @param i the row, in [0, size)
   * @return the close
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double close(int i) {
    return closes[i];
  }

  /** The epoch day of a row, for the engines of this package. */
  long epochDay(int i) {
    return epochDays[i];
  }

  /**
   * The first row on or after a date.
   *
   * @param date the date
   * @return the row, {@code size()} if every date is before it
   */
  public int indexOnOrAfter(LocalDate date) {
    int pos = Arrays.binarySearch(epochDays, date.toEpochDay());
    return pos >= 0 ? pos : -pos - 1;
  }

  @Override
  public String toString() {
    return closes.length == 0 ? "PriceSeries[" + symbol + ", empty]"
        : "PriceSeries[" + symbol + ", " + date(0) + ".." + date(closes.length - 1) + ", "
            + closes.length + " closes]";
  }
}
