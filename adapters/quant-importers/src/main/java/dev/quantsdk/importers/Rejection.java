package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;

/**
 * A row that was not imported, and why.
 *
 * <p>The reason names the row, where it is in the file, the field and the offending value, such as
 * {@code "row 2412 (line 2413): transaction_date '0009-06-09' is impossible: year 9 is before
 * 1990"}. Immutable and thread-safe.
 *
 * @param row the 1-based row number among the file's trades
 * @param field the field at fault ({@code transaction_date}, {@code type}, ...), or {@code row} for
 *     a structural problem
 * @param value the offending value as given (may be empty)
 * @param reason the full message a person can act on
 */
public record Rejection(long row, String field, String value, String reason)
    implements TradeNormalizer.Outcome {

  /**
   * Validates the rejection.
   *
   * @throws IllegalArgumentException if the row is not positive or the field or reason is blank
   */
  public Rejection {
    ArgChecker.isTrue(row > 0, "row must be >= 1 but was %d", row);
    ArgChecker.notBlank(field, "field");
    ArgChecker.notNull(value, "value");
    ArgChecker.notBlank(reason, "reason");
  }
}
