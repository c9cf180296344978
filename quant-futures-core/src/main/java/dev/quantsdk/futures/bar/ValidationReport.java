package dev.quantsdk.futures.bar;

import dev.quantsdk.model.ArgChecker;

import java.util.List;

/**
 * What validation found while building a {@link BarSeries}: rows read, rows kept and every
 * issue in row order. Immutable and thread-safe.
 *
 * @param policy the policy applied
 * @param rowsRead the bars offered to the builder
 * @param rowsKept the bars in the built series
 * @param issues each offending bar, in row order
 */
public record ValidationReport(ValidationPolicy policy, int rowsRead, int rowsKept, List<BarIssue> issues) {

  /**
   * Validates the fields and copies the list.
   *
   * @throws IllegalArgumentException if the counts are inconsistent
   */
  public ValidationReport {
    ArgChecker.notNull(policy, "policy");
    ArgChecker.notNegative(rowsKept, "rowsKept");
    ArgChecker.isTrue(rowsKept <= rowsRead, "rowsKept %d must be <= rowsRead %d", rowsKept, rowsRead);
    issues = List.copyOf(issues);
  }

  /**
   * Whether no bar broke a rule.
   *
   * @return true when there are no issues
   */
  public boolean isClean() {
    return issues.isEmpty();
  }

  /**
   * The issues with a given resolution.
   *
   * @param resolution the resolution
   * @return those issues, in row order
   */
  public List<BarIssue> issues(BarIssue.Resolution resolution) {
    return issues.stream().filter(i -> i.resolution() == resolution).toList();
  }
}
