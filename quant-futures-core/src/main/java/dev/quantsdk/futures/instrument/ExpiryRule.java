package dev.quantsdk.futures.instrument;

import dev.quantsdk.model.ArgChecker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The rule that gives a contract's last trading day from its contract month.
 *
 * <p>The standard rules are the nested records, built with the static factories; each
 * states the exchange rule it encodes. Rules take a {@link BusinessCalendar}: with
 * {@link BusinessCalendar#weekendsOnly()} the result ignores exchange holidays.
 * Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface ExpiryRule {

  /**
   * The last trading day of a contract month.
   *
   * @param month the contract month
   * @param calendar the business-day calendar
   * @return the last trading day
   */
  LocalDate lastTradingDay(ContractMonth month, BusinessCalendar calendar);

  /**
   * CME equity-index rule (ES, NQ): the third Friday of the contract month, or the business
   * day before it when that Friday is not a business day.
   *
   * @return the rule
   */
  static ExpiryRule thirdFriday() {
    return new ThirdFriday();
  }

  /**
   * NYMEX crude-oil rule (CL): {@code businessDays} business days before the
   * {@code dayOfMonth}-th calendar day of the month before the contract month, one more
   * business day earlier when that day is not a business day.
   *
   * @param businessDays the business days before the reference day (3 for CL)
   * @param dayOfMonth the reference calendar day (25 for CL)
   * @return the rule
   */
  static ExpiryRule businessDaysBeforeDayOfPriorMonth(int businessDays, int dayOfMonth) {
    return new BeforeDayOfPriorMonth(businessDays, dayOfMonth);
  }

  /**
   * COMEX metals rule (GC): the n-th last business day of the contract month (3 for GC).
   *
   * @param n 1 for the last business day, 3 for the third-last
   * @return the rule
   */
  static ExpiryRule nthLastBusinessDay(int n) {
    return new NthLastBusinessDay(n);
  }

  /**
   * CBOT Treasury-note rule (ZN): {@code businessDays} business days preceding the last
   * business day of the contract month (7 for ZN).
   *
   * @param businessDays the business days before the month's last business day
   * @return the rule
   */
  static ExpiryRule businessDaysBeforeLastBusinessDay(int businessDays) {
    return new BeforeLastBusinessDay(businessDays);
  }

  /** The third Friday of the contract month (rolled back to a business day). */
  record ThirdFriday() implements ExpiryRule {
    @Override
    public LocalDate lastTradingDay(ContractMonth month, BusinessCalendar calendar) {
      LocalDate friday = month.atDay(1)
          .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
      return calendar.isBusinessDay(friday) ? friday : calendar.minusBusinessDays(friday, 1);
    }
  }

  /**
   * {@code businessDays} business days before day {@code dayOfMonth} of the prior month,
   * {@code businessDays + 1} when that day is not a business day.
   *
   * @param businessDays the business days, at least 1
   * @param dayOfMonth the reference day, 1 to 28
   */
  record BeforeDayOfPriorMonth(int businessDays, int dayOfMonth) implements ExpiryRule {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if out of range
     */
    public BeforeDayOfPriorMonth {
      ArgChecker.positive(businessDays, "businessDays");
      ArgChecker.inRangeInclusive(dayOfMonth, 1, 28, "dayOfMonth");
    }

    @Override
    public LocalDate lastTradingDay(ContractMonth month, BusinessCalendar calendar) {
      LocalDate reference = month.plusMonths(-1).atDay(dayOfMonth);
      int count = calendar.isBusinessDay(reference) ? businessDays : businessDays + 1;
      return calendar.minusBusinessDays(reference, count);
    }
  }

  /**
   * The n-th last business day of the contract month.
   *
   * @param n at least 1
   */
  record NthLastBusinessDay(int n) implements ExpiryRule {
    /**
     * Validates the field.
     *
     * @throws IllegalArgumentException if n &lt; 1
     */
    public NthLastBusinessDay {
      ArgChecker.positive(n, "n");
    }

    @Override
    public LocalDate lastTradingDay(ContractMonth month, BusinessCalendar calendar) {
      return calendar.minusBusinessDays(calendar.lastBusinessDay(month.yearMonth()), n - 1);
    }
  }

  /**
   * {@code businessDays} business days before the last business day of the contract month.
   *
   * @param businessDays at least 1
   */
  record BeforeLastBusinessDay(int businessDays) implements ExpiryRule {
    /**
     * Validates the field.
     *
     * @throws IllegalArgumentException if businessDays &lt; 1
     */
    public BeforeLastBusinessDay {
      ArgChecker.positive(businessDays, "businessDays");
    }

    @Override
    public LocalDate lastTradingDay(ContractMonth month, BusinessCalendar calendar) {
      return calendar.minusBusinessDays(calendar.lastBusinessDay(month.yearMonth()), businessDays);
    }
  }
}
