package dev.quantsdk.futures.bar;

import dev.quantsdk.model.ArgChecker;

/**
 * A built series together with its validation report. Immutable and thread-safe.
 *
 * @param series the series (valid under every rule of {@link ValidationPolicy})
 * @param report what validation found, dropped or repaired
 */
public record ValidatedBars(BarSeries series, ValidationReport report) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the report's kept count differs from the series size
   */
  public ValidatedBars {
    ArgChecker.notNull(series, "series");
    ArgChecker.notNull(report, "report");
    ArgChecker.isTrue(series.size() == report.rowsKept(),
        "series size %d must equal rowsKept %d", series.size(), report.rowsKept());
  }
}
