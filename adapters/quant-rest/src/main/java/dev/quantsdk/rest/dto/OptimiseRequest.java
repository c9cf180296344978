package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/futureexploratorium/strategy/optimise}: the sma-cross windows
 * to sweep, the objective and the walk-forward folds. Immutable and thread-safe.
 *
 * @param instrument the instrument id of the configured bar source, such as {@code ES1}
 * @param fast the fast SMA windows, bars
 * @param slow the slow SMA windows, bars (pairs with fast &gt;= slow are skipped)
 * @param objective what the best maximises: {@code sharpe} (default), {@code sortino},
 *     {@code net_pnl}, {@code cagr}, {@code calmar}, {@code profit_factor}
 * @param walkForward the walk-forward folds (default rolling, 1,260 training and 252 test bars)
 */
public record OptimiseRequest(String instrument, Range fast, Range slow,
    Optional<String> objective, Optional<Folds> walkForward) {

  /**
   * Validates the presence of the fields (the route validates their values).
   *
   * @throws NullPointerException if a component is null
   */
  public OptimiseRequest {
    ArgChecker.notBlank(instrument, "instrument");
    ArgChecker.notNull(fast, "fast");
    ArgChecker.notNull(slow, "slow");
    ArgChecker.notNull(objective, "objective");
    ArgChecker.notNull(walkForward, "walkForward");
  }

  /**
   * Windows {@code start, start + step, ...} up to {@code end}, bars.
   *
   * @param start the first window, &gt;= 1
   * @param end the last window, &gt;= start
   * @param step the step, &gt;= 1 (default 1)
   */
  public record Range(int start, int end, Optional<Integer> step) {

    /**
     * Validates the presence of the step.
     *
     * @throws NullPointerException if the step is null
     */
    public Range {
      ArgChecker.notNull(step, "step");
    }
  }

  /**
   * Walk-forward folds over the instrument's bars.
   *
   * @param train training bars per fold (the first fold's when anchored)
   * @param test test bars per fold
   * @param anchored whether training windows grow from the first bar (default false: rolling)
   */
  public record Folds(int train, int test, Optional<Boolean> anchored) {

    /**
     * Validates the presence of the flag.
     *
     * @throws NullPointerException if the flag is null
     */
    public Folds {
      ArgChecker.notNull(anchored, "anchored");
    }
  }
}
