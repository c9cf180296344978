package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;

/**
 * One point of a chart series (equity in USD, drawdown as a fraction). Immutable and
 * thread-safe.
 *
 * @param date the bar's date
 * @param value the value at that bar
 */
public record ChartPoint(LocalDate date, double value) {

  /**
   * Validates the point.
   *
   * @throws IllegalArgumentException if the date is null
   */
  public ChartPoint {
    ArgChecker.notNull(date, "date");
  }
}
