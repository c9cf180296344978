package dev.quantsdk.discovery.cycle;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * Calendar periods that trading activity shows for reasons unrelated to private information:
 * the trading week, month-end, quarter-end and year-end. Periods are in calendar days (a
 * 5-business-day cycle is the 7-calendar-day {@link #WEEKLY} cycle).
 */
public enum CalendarCycle {
  /** The trading week: 7 calendar days, 5 business days. */
  WEEKLY(7.0),
  /** The month: 365.25 / 12 calendar days. */
  MONTHLY(365.25 / 12),
  /** The quarter: 365.25 / 4 calendar days. */
  QUARTERLY(365.25 / 4),
  /** The year: 365.25 calendar days. */
  ANNUAL(365.25);

  /** Relative tolerance on the frequency for a match, beyond the series' own resolution. */
  private static final double RELATIVE_TOLERANCE = 0.03;

  private final double periodDays;

  CalendarCycle(double periodDays) {
    this.periodDays = periodDays;
  }

  /**
   * The nominal period.
   *
   * @return the period in calendar days
   */
  public double periodDays() {
    return periodDays;
  }

  /**
   * The calendar cycle a detected period matches, if any: the frequencies differ by at most one
   * frequency bin of the series ({@code 1 / spanDays}) or 3 %, whichever is larger.
   *
   * @param periodDays the detected period in calendar days, {@code > 0}
   * @param spanDays the span of the analysed series in calendar days, {@code > 0}
   * @return the matching calendar cycle, absent if none matches
   * @throws IllegalArgumentException if an argument is not positive
   */
  public static Optional<CalendarCycle> match(double periodDays, double spanDays) {
    ArgChecker.positive(periodDays, "periodDays");
    ArgChecker.positive(spanDays, "spanDays");
    double f = 1.0 / periodDays;
    for (CalendarCycle c : values()) {
      double fc = 1.0 / c.periodDays;
      double tolerance = Math.max(1.0 / spanDays, RELATIVE_TOLERANCE * fc);
      if (Math.abs(f - fc) <= tolerance) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
