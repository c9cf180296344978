package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * One sample of a politician's activity series. Immutable and thread-safe.
 *
 * @param date the sample's day (a weekday on the business-day basis; a weekend trade counts on
 *     the following Monday)
 * @param count the trades on that day, &gt;= 0
 */
public record ActivityPointDto(LocalDate date, int count) {

  /**
   * Validates the sample.
   *
   * @throws IllegalArgumentException if the count is negative
   */
  public ActivityPointDto {
    ArgChecker.notNull(date, "date");
    ArgChecker.notNegative(count, "count");
  }
}
