package dev.quantsdk.futures.bar;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown under {@link ValidationPolicy#STRICT} when bars break a rule; the message lists
 * the offending rows (the first {@value #LISTED} in full) and {@link #report()} holds all
 * of them.
 */
public final class BarValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  static final int LISTED = 20;

  private final transient ValidationReport report;

  BarValidationException(ValidationReport report) {
    super(describe(report.issues()));
    this.report = report;
  }

  private static String describe(List<BarIssue> issues) {
    String listed = issues.stream().limit(LISTED).map(BarIssue::message)
        .collect(Collectors.joining("\n  ", "\n  ", ""));
    String more = issues.size() > LISTED
        ? String.format(Locale.ROOT, "\n  ... and %d more", issues.size() - LISTED) : "";
    return String.format(Locale.ROOT,
        "%d invalid bars under ValidationPolicy.STRICT (build with SKIP to drop them or REPAIR to fix them):%s%s",
        issues.size(), listed, more);
  }

  /**
   * The full report (not serialized).
   *
   * @return every rejected bar
   */
  public ValidationReport report() {
    return report;
  }
}
