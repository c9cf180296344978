package dev.quantsdk.futures.bar;

import dev.quantsdk.model.ArgChecker;
import java.util.Locale;

/**
 * One bar that broke a validation rule, and what was done about it.
 *
 * <p>{@link #message()} reads {@code row 1203 (2008-10-10): high 901.5 < low 903.0}. The
 * row number is the one the bar was added with: loaders in this SDK use 1-based data rows
 * (the header is not counted, so file line = row + header lines). Immutable and
 * thread-safe.
 *
 * @param row the row number (1-based)
 * @param time the bar's time as text ({@link TimeBase#format(long)})
 * @param problem what is wrong; several problems are joined with {@code "; "}
 * @param resolution what was done
 * @param detail the repair made (empty unless repaired)
 */
public record BarIssue(long row, String time, String problem, Resolution resolution, String detail) {

  /** What happened to an offending bar. Immutable and thread-safe. */
  public enum Resolution {
    /** Policy STRICT: the build was refused. */
    REJECTED,
    /** The bar was left out of the series. */
    DROPPED,
    /** The bar was changed as {@link BarIssue#detail()} says and kept. */
    REPAIRED
  }

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the problem is blank
   */
  public BarIssue {
    ArgChecker.notNull(time, "time");
    ArgChecker.notBlank(problem, "problem");
    ArgChecker.notNull(resolution, "resolution");
    ArgChecker.notNull(detail, "detail");
  }

  /**
   * The problem as {@code row N (time): problem}.
   *
   * @return the message
   */
  public String message() {
    return String.format(Locale.ROOT, "row %d (%s): %s", row, time, problem);
  }

  @Override
  public String toString() {
    return message() + " [" + resolution.name().toLowerCase(Locale.ROOT)
        + (detail.isEmpty() ? "" : ": " + detail) + "]";
  }
}
