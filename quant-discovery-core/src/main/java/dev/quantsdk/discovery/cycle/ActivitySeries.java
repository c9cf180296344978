package dev.quantsdk.discovery.cycle;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.ArgChecker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A politician's daily trading activity over a window: one value per day, evenly spaced.
 *
 * <p><b>Calendar vs business days.</b> {@link DayBasis#CALENDAR} has one sample per calendar
 * day; as nobody trades on weekends, such a series always carries a 7-day cycle (and its
 * harmonics) that says nothing about the politician. {@link DayBasis#BUSINESS} (the default for
 * scans) has one sample per Monday–Friday; a trade dated on a weekend is moved to the following
 * Monday (and dropped if that Monday is after the window). Exchange holidays are not removed:
 * they are ordinary zero-activity days. Periods found in a business-day series are converted to
 * calendar days at 7/5 calendar days per business day.
 *
 * <p><b>Weighting.</b> {@link Weighting#COUNT} counts trades per day; {@link
 * Weighting#AMOUNT_MIDPOINT} sums the amount bands' midpoints in USD ({@link
 * AmountBand#midpointUsd()}: the minimum of an open-ended band) and counts trades without a band
 * as zero.
 *
 * <p>Immutable and thread-safe; the values are copied in and out.
 */
public final class ActivitySeries {

  /** How days are sampled. */
  public enum DayBasis {
    /** Every calendar day. */
    CALENDAR(1.0),
    /** Monday to Friday. */
    BUSINESS(7.0 / 5.0);

    private final double calendarDaysPerSample;

    DayBasis(double calendarDaysPerSample) {
      this.calendarDaysPerSample = calendarDaysPerSample;
    }

    /**
     * The mean spacing of samples in calendar days.
     *
     * @return 1 for calendar days, 7/5 for business days
     */
    public double calendarDaysPerSample() {
      return calendarDaysPerSample;
    }
  }

  /** What a day's value measures. */
  public enum Weighting {
    /** Trades per day. */
    COUNT,
    /** Sum of amount-band midpoints per day, in USD. */
    AMOUNT_MIDPOINT
  }

  private final LocalDate start;
  private final DayBasis basis;
  private final Weighting weighting;
  private final double[] values;

  private ActivitySeries(LocalDate start, DayBasis basis, Weighting weighting, double[] values) {
    this.start = start;
    this.basis = basis;
    this.weighting = weighting;
    this.values = values;
  }

  /**
   * A series from explicit daily values (simulations, other sources).
   *
   * @param start the date of the first sample (a weekday for a business-day series)
   * @param basis the day basis
   * @param weighting what the values measure
   * @param values the daily values, finite and {@code >= 0}; copied
   * @return the series
   * @throws IllegalArgumentException if a value is negative or not finite, or a business-day
   *     series starts on a weekend
   */
  public static ActivitySeries of(LocalDate start, DayBasis basis, Weighting weighting, double[] values) {
    ArgChecker.notNull(start, "start");
    ArgChecker.notNull(basis, "basis");
    ArgChecker.notNull(weighting, "weighting");
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(basis == DayBasis.CALENDAR || !isWeekend(start),
        "a business-day series must start on a weekday but %s is a %s", start, start.getDayOfWeek());
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0 && Double.isFinite(values[i]))) {
        throw new IllegalArgumentException("values[" + i + "] must be finite and >= 0 but was " + values[i]);
      }
    }
    return new ActivitySeries(start, basis, weighting, values.clone());
  }

  /**
   * Builds a series from trades over a window. Trades outside the window are ignored; the trades
   * are not filtered by politician (see {@link #byPolitician}).
   *
   * @param trades the trades
   * @param from the first day of the window
   * @param to the last day of the window, inclusive, not before {@code from}
   * @param basis calendar or business days
   * @param weighting counts or amount midpoints
   * @return the series
   * @throws IllegalArgumentException if the window is empty
   */
  public static ActivitySeries ofTrades(
      Collection<DisclosedTrade> trades, LocalDate from, LocalDate to, DayBasis basis, Weighting weighting) {
    ArgChecker.notNull(trades, "trades");
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(to, "to");
    ArgChecker.notNull(basis, "basis");
    ArgChecker.notNull(weighting, "weighting");
    ArgChecker.isTrue(!to.isBefore(from), "window end %s is before its start %s", to, from);
    LocalDate first = basis == DayBasis.BUSINESS ? nextWeekday(from) : from;
    ArgChecker.isTrue(!first.isAfter(to), "window %s..%s holds no business day", from, to);
    int n = index(first, to, basis) + 1;
    double[] values = new double[n];
    for (DisclosedTrade trade : trades) {
      LocalDate d = trade.transactionDate();
      if (d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      if (basis == DayBasis.BUSINESS) {
        d = nextWeekday(d);
        if (d.isAfter(to)) {
          continue;
        }
      }
      double v = weighting == Weighting.COUNT ? 1.0 : trade.amount().map(AmountBand::midpointUsd).orElse(0.0);
      values[index(first, d, basis)] += v;
    }
    return new ActivitySeries(first, basis, weighting, values);
  }

  /**
   * One series per politician over the same window, sorted by politician id.
   *
   * @param trades trades of any number of politicians
   * @param from the first day of the window
   * @param to the last day of the window, inclusive
   * @param basis calendar or business days
   * @param weighting counts or amount midpoints
   * @return the series by politician id, in id order; politicians without a trade in the window
   *     are absent
   */
  public static SortedMap<String, ActivitySeries> byPolitician(
      Collection<DisclosedTrade> trades, LocalDate from, LocalDate to, DayBasis basis, Weighting weighting) {
    ArgChecker.notNull(trades, "trades");
    Map<String, List<DisclosedTrade>> grouped = new TreeMap<>();
    for (DisclosedTrade t : trades) {
      if (!t.transactionDate().isBefore(from) && !t.transactionDate().isAfter(to)) {
        grouped.computeIfAbsent(t.politicianId(), k -> new ArrayList<>()).add(t);
      }
    }
    SortedMap<String, ActivitySeries> out = new TreeMap<>();
    grouped.forEach((id, list) -> out.put(id, ofTrades(list, from, to, basis, weighting)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * The date of the first sample.
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The day basis.
   *
   * @return calendar or business days
   */
  public DayBasis basis() {
    return basis;
  }

  /**
   * What the values measure.
   *
   * @return count or amount weighting
   */
  public Weighting weighting() {
    return weighting;
  }

  /**
   * The number of samples.
   *
   * @return the length
   */
  public int length() {
    return values.length;
  }

  /**
   * The values.
   *
   * @return a copy of the daily values (trades or USD per sample)
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * The span covered, in calendar days.
   *
   * @return {@code length * calendarDaysPerSample}
   */
  public double spanDays() {
    return values.length * basis.calendarDaysPerSample();
  }

  /**
   * The sample indices of days with activity, one entry per unit of count (a day with three
   * trades appears three times); for amount weighting, one entry per day with a positive value.
   *
   * @return the event sample indices in ascending order
   */
  public long[] eventSamples() {
    int count = 0;
    for (double v : values) {
      count += multiplicity(v);
    }
    long[] out = new long[count];
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      for (int r = multiplicity(values[i]); r > 0; r--) {
        out[j++] = i;
      }
    }
    return out;
  }

  private int multiplicity(double v) {
    if (v <= 0) {
      return 0;
    }
    return weighting == Weighting.COUNT ? (int) Math.round(Math.max(1.0, v)) : 1;
  }

  private static int index(LocalDate first, LocalDate d, DayBasis basis) {
    long days = ChronoUnit.DAYS.between(first, d);
    if (basis == DayBasis.CALENDAR) {
      return Math.toIntExact(days);
    }
    long weeks = days / 7;
    int rest = (int) (days % 7);
    int extra = 0;
    LocalDate cursor = first.plusDays(7 * weeks);
    for (int i = 0; i < rest; i++) {
      cursor = cursor.plusDays(1);
      if (!isWeekend(cursor)) {
        extra++;
      }
    }
    return Math.toIntExact(5 * weeks + extra);
  }

  private static LocalDate nextWeekday(LocalDate d) {
    LocalDate c = d;
    while (isWeekend(c)) {
      c = c.plusDays(1);
    }
    return c;
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivitySeries other
        && start.equals(other.start) && basis == other.basis && weighting == other.weighting
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return (start.hashCode() * 31 + basis.hashCode()) * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ActivitySeries[" + start + ", " + basis + ", " + weighting + ", " + values.length + " samples]";
  }
}
