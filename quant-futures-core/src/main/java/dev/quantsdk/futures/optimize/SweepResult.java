package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.backtest.SmaCrossSummary;
import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a parameter sweep. Immutable and thread-safe.
 *
 * @param grid the grid swept
 * @param objective what picked the best
 * @param combinations one summary per valid combination, in parameter order (fast ascending, then
 *     slow ascending), each computed as a single trial
 * @param skipped the number of pairs skipped because {@code fast >= slow}
 * @param best the best combination by the objective (the first in parameter order on ties),
 *     re-evaluated with the number of trials and the trials' Sharpe variance so that its
 *     {@code metrics().deflatedSharpe()} is the DSR; empty when every score is NaN
 * @param trials the number of trials: the valid combinations
 * @param trialSharpeVariance the sample variance of the trials' per-bar (not annualised) Sharpe
 *     ratios, over the trials whose Sharpe is defined; 0 with fewer than two
 * @param deflatedSharpe the best's deflated Sharpe ratio over {@code trials}, NaN without a best
 *     or when undefined
 */
public record SweepResult(SmaCrossGrid grid, Objective objective, List<SmaCrossSummary> combinations, int skipped,
    Optional<SmaCrossSummary> best, long trials, double trialSharpeVariance, double deflatedSharpe) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a reference is null or the counts are inconsistent
   */
  public SweepResult {
    ArgChecker.notNull(grid, "grid");
    ArgChecker.notNull(objective, "objective");
    combinations = List.copyOf(combinations);
    ArgChecker.notNegative(skipped, "skipped");
    ArgChecker.notNull(best, "best");
    ArgChecker.isTrue(trials == combinations.size(), "trials %d must equal the %d combinations", trials,
        combinations.size());
    ArgChecker.notNegative(trialSharpeVariance, "trialSharpeVariance");
  }
}
