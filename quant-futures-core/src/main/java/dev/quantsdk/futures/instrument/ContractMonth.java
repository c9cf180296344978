package dev.quantsdk.futures.instrument;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The delivery (contract) month of a futures contract, such as December 2019.
 *
 * <p>The text form is the month code followed by the four-digit year, {@code "Z2019"};
 * {@link #parse(String)} is its inverse. Two-digit years are refused because they are
 * ambiguous across centuries. Immutable and thread-safe.
 *
 * @param year the year, 1900 to 2999
 * @param month the calendar month
 */
public record ContractMonth(int year, Month month) implements Comparable<ContractMonth> {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the year is outside 1900..2999
   */
  public ContractMonth {
    ArgChecker.inRangeInclusive(year, 1900, 2999, "year");
    ArgChecker.notNull(month, "month");
  }

  /**
   * A contract month from numbers.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the contract month
   * @throws IllegalArgumentException if out of range
   */
  public static ContractMonth of(int year, int month) {
    return new ContractMonth(year, Month.of(ArgChecker.inRangeInclusive(month, 1, 12, "month")));
  }

  /**
   * Parses the text form {@code "Z2019"} (code letter then four-digit year).
   *
   * @param text the text
   * @return the contract month
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ContractMonth parse(String text) {
    ArgChecker.notNull(text, "text");
    if (text.length() != 5) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "contract month '%s' must be a month code and a four-digit year, like Z2019", text));
    }
    MonthCode code = MonthCode.parse(text.charAt(0));
    int year;
    try {
      year = Integer.parseInt(text.substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "contract month '%s' must be a month code and a four-digit year, like Z2019", text), e);
    }
    return new ContractMonth(year, code.month());
  }

  /**
   * The month code of this month.
   *
   * @return the code
   */
  public MonthCode code() {
    return MonthCode.of(month);
  }

  /**
   * This month as a {@link YearMonth}.
   *
   * @return the year-month
   */
  public YearMonth yearMonth() {
    return YearMonth.of(year, month);
  }

  /**
   * A day of this month.
   *
   * @param dayOfMonth the day, 1 to the month's length
   * @return the date
   */
  public LocalDate atDay(int dayOfMonth) {
    return yearMonth().atDay(dayOfMonth);
  }

  /**
   * This month shifted by a number of months.
   *
   * @param months the months to add, may be negative
   * @return the shifted month
   */
  public ContractMonth plusMonths(int months) {
    YearMonth shifted = yearMonth().plusMonths(months);
    return new ContractMonth(shifted.getYear(), shifted.getMonth());
  }

  @Override
  public int compareTo(ContractMonth other) {
    return year != other.year ? Integer.compare(year, other.year) : month.compareTo(other.month);
  }

  @Override
  public String toString() {
    return String.valueOf(code().letter()) + year;
  }
}
