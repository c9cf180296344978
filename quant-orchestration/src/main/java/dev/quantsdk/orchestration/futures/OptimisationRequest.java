package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.model.WalkForward;
import dev.quantsdk.futures.optimize.Objective;
import dev.quantsdk.futures.optimize.ParameterRange;
import dev.quantsdk.model.ArgChecker;

/**
 * What to optimise: the {@code sma-cross} windows to sweep, the objective that picks the best, and
 * the walk-forward folds (in bars). Immutable and thread-safe.
 *
 * @param fast the fast SMA windows, bars
 * @param slow the slow SMA windows, bars (pairs with fast &gt;= slow are skipped)
 * @param objective what the best maximises
 * @param scheme the walk-forward folds over the instrument's bars
 */
public record OptimisationRequest(ParameterRange fast, ParameterRange slow, Objective objective,
    WalkForward scheme) {

  /**
   * Validates the request.
   *
   * @throws IllegalArgumentException if a field is null
   */
  public OptimisationRequest {
    ArgChecker.notNull(fast, "fast");
    ArgChecker.notNull(slow, "slow");
    ArgChecker.notNull(objective, "objective");
    ArgChecker.notNull(scheme, "scheme");
  }

  /**
   * A request maximising the Sharpe ratio, with rolling folds of five years' training (1,260
   * daily bars) and one year's test (252), no purge or embargo (the strategy has no label that
   * overlaps the test window).
   *
   * @param fast the fast windows
   * @param slow the slow windows
   * @return the request
   */
  public static OptimisationRequest of(ParameterRange fast, ParameterRange slow) {
    return new OptimisationRequest(fast, slow, Objective.SHARPE,
        WalkForward.rolling(1260, 252, 0, 0));
  }
}
