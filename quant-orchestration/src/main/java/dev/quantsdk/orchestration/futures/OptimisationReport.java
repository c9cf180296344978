package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a strategy optimisation of one instrument: the full-period sweep (the best
 * combination in sample and its deflated Sharpe ratio over all trials) and the walk-forward
 * (each fold's in-sample choice and its out-of-sample run). Either part may fail alone; its
 * failure is listed and the other part kept. Immutable and thread-safe.
 *
 * @param runId the run's id
 * @param instrument the instrument
 * @param startedAt when it started (the facade's clock)
 * @param finishedAt when it finished
 * @param request what was optimised
 * @param sweep the sweep over every bar, absent if it failed
 * @param walkForward the walk-forward, absent if it failed
 * @param failures the parts that failed ({@code ingest}, {@code sweep}, {@code walk_forward})
 */
public record OptimisationReport(String runId, String instrument, Instant startedAt,
    Instant finishedAt, OptimisationRequest request, Optional<SweepSummary> sweep,
    Optional<WalkForwardSummary> walkForward, List<Failure> failures) {

  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if a field is null or blank
   */
  public OptimisationReport {
    ArgChecker.notBlank(runId, "runId");
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notNull(startedAt, "startedAt");
    ArgChecker.notNull(finishedAt, "finishedAt");
    ArgChecker.notNull(request, "request");
    ArgChecker.notNull(sweep, "sweep");
    ArgChecker.notNull(walkForward, "walkForward");
    failures = List.copyOf(failures);
  }

  /**
   * One parameter combination's run.
   *
   * @param fast the fast window, bars
   * @param slow the slow window, bars
   * @param netPnl net P&amp;L, USD
   * @param metrics the metric set (its deflated Sharpe is over the trials it was chosen from)
   */
  public record Candidate(int fast, int slow, double netPnl, PerformanceMetrics.Result metrics) {

    /**
     * Validates the candidate.
     *
     * @throws IllegalArgumentException if the windows are not increasing
     */
    public Candidate {
      ArgChecker.isTrue(fast > 0 && fast < slow, "windows %d/%d must satisfy 0 < fast < slow",
          fast, slow);
      ArgChecker.notNull(metrics, "metrics");
    }
  }

  /**
   * The full-period sweep.
   *
   * @param trials valid combinations run
   * @param skipped pairs skipped because fast &gt;= slow
   * @param trialSharpeVariance variance of the trials' per-bar Sharpe ratios
   * @param best the best by the objective, absent when no score is defined
   * @param deflatedSharpe the best's deflated Sharpe ratio over the trials (NaN if undefined)
   */
  public record SweepSummary(long trials, int skipped, double trialSharpeVariance,
      Optional<Candidate> best, double deflatedSharpe) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public SweepSummary {
      ArgChecker.isTrue(trials >= 0, "trials must be >= 0 but was %d", trials);
      ArgChecker.notNegative(skipped, "skipped");
      ArgChecker.notNull(best, "best");
    }
  }

  /**
   * One walk-forward fold, with the dates of its windows.
   *
   * @param trainFirst the first training bar's date
   * @param trainLast the last training bar's date
   * @param testFirst the first test bar's date
   * @param testLast the last test bar's date
   * @param trials combinations tried in sample
   * @param inSample the chosen combination over the training window
   * @param outOfSample the same combination over the test window alone
   */
  public record Fold(LocalDate trainFirst, LocalDate trainLast, LocalDate testFirst,
      LocalDate testLast, long trials, Candidate inSample, Candidate outOfSample) {

    /**
     * Validates the fold.
     *
     * @throws IllegalArgumentException if the windows overlap or the runs' windows differ
     */
    public Fold {
      ArgChecker.isTrue(trainLast.isBefore(testFirst), "training ends %s, not before test %s",
          trainLast, testFirst);
      ArgChecker.isTrue(!testLast.isBefore(testFirst), "test window %s..%s is reversed",
          testFirst, testLast);
      ArgChecker.isTrue(inSample.fast() == outOfSample.fast()
          && inSample.slow() == outOfSample.slow(), "in- and out-of-sample windows differ");
    }
  }

  /**
   * The walk-forward.
   *
   * @param folds the folds in time order
   * @param skippedFolds folds left out (a window under 2 bars, or no defined score)
   * @param meanInSampleSharpe mean annualised in-sample Sharpe over the folds, NaN if none
   * @param meanOutOfSampleSharpe the same out of sample
   * @param outOfSampleNetPnl the folds' out-of-sample net P&amp;L summed, USD
   */
  public record WalkForwardSummary(List<Fold> folds, int skippedFolds, double meanInSampleSharpe,
      double meanOutOfSampleSharpe, double outOfSampleNetPnl) {

    /**
     * Validates the summary.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public WalkForwardSummary {
      folds = List.copyOf(folds);
      ArgChecker.notNegative(skippedFolds, "skippedFolds");
    }
  }
}
