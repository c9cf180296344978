package dev.quantsdk.futures.roll;

import dev.quantsdk.futures.instrument.BusinessCalendar;
import dev.quantsdk.model.ArgChecker;

/**
 * When to roll from the front contract to the next one.
 *
 * <p>A rule decides on a date t using only data dated on or before t (the bars of t, the
 * open interest as published on t); the roll is executed at t's close: the continuous series
 * holds the front contract through t and the next contract from the following bar. Only
 * dates on which both contracts have a bar and that are not after the front's last trading
 * day are candidates. When a crossover never happens, the roll is forced on the last
 * candidate and flagged in the {@link RollSchedule}. Immutable and thread-safe.
 */
public sealed interface RollRule {

  /**
   * Roll {@code businessDays} business days before the front's last trading day
   * (weekends-only calendar).
   *
   * @param businessDays the business days before expiry, at least 0
   * @return the rule
   */
  static RollRule calendar(int businessDays) {
    return new Calendar(businessDays, BusinessCalendar.weekendsOnly());
  }

  /**
   * Roll on the first date on which the next contract trades more volume than the front.
   *
   * @return the rule
   */
  static RollRule volumeCrossover() {
    return new VolumeCrossover();
  }

  /**
   * Roll on the first date on which the next contract's open interest (as attached to the
   * bars, see {@code OpenInterestAlignment}) exceeds the front's; dates where either is
   * absent are not candidates.
   *
   * @return the rule
   */
  static RollRule openInterestCrossover() {
    return new OpenInterestCrossover();
  }

  /**
   * Calendar roll: on the last candidate date on or before the business day
   * {@code businessDays} before the front's last trading day (the first candidate, forced,
   * if none is that early).
   *
   * @param businessDays business days before expiry, at least 0
   * @param calendar the business-day calendar
   */
  record Calendar(int businessDays, BusinessCalendar calendar) implements RollRule {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if businessDays is negative
     */
    public Calendar {
      ArgChecker.notNegative(businessDays, "businessDays");
      ArgChecker.notNull(calendar, "calendar");
    }
  }

  /** Volume crossover: the first date with next volume &gt; front volume. */
  record VolumeCrossover() implements RollRule {
  }

  /** Open-interest crossover: the first date with next open interest &gt; front open interest. */
  record OpenInterestCrossover() implements RollRule {
  }
}
