package dev.quantsdk.futures.backtest;

/**
 * A trading strategy called once per step (bar) at its close, after the bar has been matched and
 * marked. It sees only what the {@link StrategyContext} shows: the current bar of each instrument
 * and the account; earlier bars exist only in what the strategy itself kept. A later bar cannot
 * reach it, so a decision at t depends on bars up to t alone (look-ahead-proof by construction).
 *
 * <p>Implementations are stateful and not thread-safe: use one instance per run.
 */
@FunctionalInterface
public interface Strategy {

  /** A strategy that never trades (for a broker whose orders come from a host). */
  Strategy NONE = context -> { };

  /**
   * Called at the close of every step. Orders submitted here work from the next bar (market
   * orders fill at its open), or fill at this bar's close under {@link FillModel#SAME_BAR_CLOSE}.
   *
   * @param context the current bar, the account, and order entry
   */
  void onBar(StrategyContext context);
}
