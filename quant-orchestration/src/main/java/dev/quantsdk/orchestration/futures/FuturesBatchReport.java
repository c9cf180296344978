package dev.quantsdk.orchestration.futures;

import dev.quantsdk.model.ArgChecker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of analysing several instruments in one run: one report per instrument (in the
 * order asked for) and the instruments whose analysis did not complete, with the first failed
 * step's reason. Immutable and thread-safe.
 *
 * @param runId the batch's id (each report has its own run id too)
 * @param startedAt when the batch started (the facade's clock)
 * @param finishedAt when it finished
 * @param reports one report per instrument
 * @param failures instruments with a failed step, and why
 */
public record FuturesBatchReport(String runId, Instant startedAt, Instant finishedAt,
    List<FuturesAnalysisReport> reports, List<Failure> failures) {

  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if there are more failures than reports
   */
  public FuturesBatchReport {
    ArgChecker.notBlank(runId, "runId");
    ArgChecker.notNull(startedAt, "startedAt");
    ArgChecker.notNull(finishedAt, "finishedAt");
    reports = List.copyOf(reports);
    failures = List.copyOf(failures);
    ArgChecker.isTrue(failures.size() <= reports.size(), "%d failures for %d reports",
        failures.size(), reports.size());
  }

  /**
   * The instruments whose every step succeeded.
   *
   * @return reports − failures
   */
  public int succeeded() {
    return reports.size() - failures.size();
  }

  /**
   * The share of instruments whose analysis completed.
   *
   * @return succeeded / instruments, 1 for an empty batch
   */
  public double successRate() {
    return reports.isEmpty() ? 1.0 : (double) succeeded() / reports.size();
  }

  /**
   * The batch's wall-clock duration.
   *
   * @return finished − started
   */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
