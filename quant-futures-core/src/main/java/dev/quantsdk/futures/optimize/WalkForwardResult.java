package dev.quantsdk.futures.optimize;

import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.model.ArgChecker;
import java.util.List;

/**
 * The outcome of a walk-forward optimisation. Immutable and thread-safe.
 *
 * @param scheme the fold scheme (rolling or anchored, purge, embargo)
 * @param objective what chose each fold's combination
 * @param folds the folds in time order
 * @param skippedFolds folds left out: a test window under 2 bars, or no combination with a
 *     defined score in sample
 * @param meanInSampleSharpe the mean annualised in-sample Sharpe over the folds where it is
 *     defined, NaN if none
 * @param meanOutOfSampleSharpe the same out of sample
 * @param outOfSampleNetPnl the sum of the folds' out-of-sample net P&amp;L, USD
 */
public record WalkForwardResult(WalkForward scheme, Objective objective, List<WalkForwardFold> folds,
    int skippedFolds, double meanInSampleSharpe, double meanOutOfSampleSharpe, double outOfSampleNetPnl) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a reference is null or a count negative
   */
  public WalkForwardResult {
    ArgChecker.notNull(scheme, "scheme");
    ArgChecker.notNull(objective, "objective");
    folds = List.copyOf(folds);
    ArgChecker.notNegative(skippedFolds, "skippedFolds");
  }
}
