package dev.quantsdk.futures.backtest;

/**
 * When a market order decided on a bar's close is filled. Immutable and thread-safe.
 */
public enum FillModel {
  /**
   * The default: an order submitted at the close of bar t fills on bar t+1 (a market order at its
   * open). A decision never trades at a price it has already seen.
   */
  NEXT_BAR_OPEN,
  /**
   * Explicit opt-in: a market order submitted at the close of bar t fills at bar t's close price
   * (the close, not the settle) right away. Limit, stop and stop-limit orders still work from bar
   * t+1, since bar t's range is already over. Optimistic: the close is the price the decision saw.
   */
  SAME_BAR_CLOSE
}
