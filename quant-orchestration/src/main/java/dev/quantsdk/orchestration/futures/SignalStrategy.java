package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.backtest.Strategy;
import dev.quantsdk.futures.backtest.StrategyContext;

/**
 * Trades a precomputed signal in the backtest engine: at the close of bar t the target position
 * is the direction decided at t's close times the contracts; the engine fills the difference at
 * the next bar's open. The signal's decision at t reads data up to t only (its own guarantee), so
 * reading the column at the engine's step adds no look-ahead. One instrument (index 0), one bar
 * per step. Stateless apart from the column; one instance per run by the engine's contract.
 */
final class SignalStrategy implements Strategy {

  private final int[] decisions;
  private final int contracts;

  SignalStrategy(int[] decisions, int contracts) {
    this.decisions = decisions.clone();
    this.contracts = contracts;
  }

  @Override
  public void onBar(StrategyContext context) {
    if (context.hasBar(0)) {
      context.targetPosition(0, decisions[context.step()] * contracts);
    }
  }
}
