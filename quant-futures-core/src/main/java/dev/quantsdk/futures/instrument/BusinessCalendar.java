package dev.quantsdk.futures.instrument;

import dev.quantsdk.model.ArgChecker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/**
 * Which days are business days, for expiry rules and calendar rolls.
 *
 * <p>{@link #weekendsOnly()} treats Monday to Friday as business days and knows no
 * holidays; the SDK bundles no exchange holiday list, so pass one with
 * {@link #withHolidays(Collection)} when exact exchange dates matter (the CL and ZN rules
 * differ from the exchange's dates around Christmas otherwise). Implementations must be
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface BusinessCalendar {

  /**
   * Whether a day is a business day.
   *
   * @param date the day
   * @return true for a business day
   */
  boolean isBusinessDay(LocalDate date);

  /**
   * Monday to Friday, no holidays.
   *
   * @return the calendar
   */
  static BusinessCalendar weekendsOnly() {
    return BusinessCalendar::isWeekday;
  }

  /**
   * Monday to Friday except the given holidays.
   *
   * @param holidays the holidays (weekend dates among them are ignored)
   * @return the calendar
   */
  static BusinessCalendar withHolidays(Collection<LocalDate> holidays) {
    Set<LocalDate> copy = Set.copyOf(ArgChecker.notNull(holidays, "holidays"));
    return date -> isWeekday(date) && !copy.contains(date);
  }

  /**
   * Whether a day is Monday to Friday.
   *
   * @param date the day
   * @return true from Monday to Friday
   */
  static boolean isWeekday(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The business day {@code count} business days before {@code date}, not counting
   * {@code date} itself ({@code minusBusinessDays(friday, 1)} is the Thursday).
   *
   * @param date the starting day (need not be a business day)
   * @param count the number of business days, at least 0; 0 returns {@code date} itself
   * @return the earlier business day
   * @throws IllegalArgumentException if count is negative
   */
  default LocalDate minusBusinessDays(LocalDate date, int count) {
    ArgChecker.notNegative(count, "count");
    LocalDate d = date;
    for (int left = count; left > 0; ) {
      d = d.minusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The business day {@code count} business days after {@code date}, not counting
   * {@code date} itself.
   *
   * @param date the starting day
   * @param count the number of business days, at least 0
   * @return the later business day
   * @throws IllegalArgumentException if count is negative
   */
  default LocalDate plusBusinessDays(LocalDate date, int count) {
    ArgChecker.notNegative(count, "count");
    LocalDate d = date;
    for (int left = count; left > 0; ) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The last business day of a month.
   *
   * @param month the month
   * @return its last business day
   */
  default LocalDate lastBusinessDay(YearMonth month) {
    LocalDate d = month.atEndOfMonth();
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * The number of business days in {@code (from, to]}; negative when {@code to} is before
   * {@code from}.
   *
   * @param from the exclusive start
   * @param to the inclusive end
   * @return the count
   */
  default int businessDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -businessDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        count++;
      }
    }
    return count;
  }
}
