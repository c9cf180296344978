package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.instrument.ContractSpec;

/**
 * Receives bars one step at a time: {@link #beginStep}, one {@link #bar} per instrument that trades
 * at that time, {@link #roll} for an instrument whose continuous series rolls at this close, and
 * {@link #endStep}. {@link BarReplay} drives a sink from stored series; a live host drives the
 * paper broker the same way. Implementations are not thread-safe.
 */
public interface MarketDataSink {

  /**
   * Starts a step.
   *
   * @param time the step's time, strictly after the previous step's
   * @throws IllegalArgumentException if the time does not advance
   */
  void beginStep(long time);

  /**
   * One instrument's bar at the current step.
   *
   * @param instrument the instrument index
   * @param open the open, points
   * @param high the high, points
   * @param low the low, points
   * @param close the close, points
   * @param mark the marking price (settle, or close without one), points
   * @param volume the volume, contracts (NaN when unknown)
   * @throws IllegalArgumentException if the instrument is out of range, already had a bar this
   *     step, or a price is not finite
   */
  void bar(int instrument, double open, double high, double low, double close, double mark,
      double volume);

  /**
   * The instrument's position moves to the next contract at this close: the old one is closed at
   * {@code fromPrice}, the new one opened at {@code toPrice}, each a market-type fill with its
   * slippage and commission. Nothing is traded when flat; the contract changes either way.
   *
   * @param instrument the instrument index
   * @param to the new contract
   * @param fromPrice the old contract's price at the roll (its close on the roll date), points
   * @param toPrice the new contract's price at the roll (its close on the roll date), points
   */
  void roll(int instrument, ContractSpec to, double fromPrice, double toPrice);

  /**
   * Ends the step: margin check, then the strategy's callback.
   */
  void endStep();
}
