package dev.quantsdk.futures.backtest;

/**
 * The order types the simulator matches, with their intrabar rules (see {@link OrderMatcher}).
 * Immutable and thread-safe.
 */
public enum OrderType {
  /** Fills at the next bar's open (or at the current close under {@link FillModel#SAME_BAR_CLOSE}). */
  MARKET,
  /** Fills at the limit price or better once the market trades strictly through the limit. */
  LIMIT,
  /** Becomes a market order when the market touches the stop price; a gap through fills at the open. */
  STOP,
  /** Becomes a limit order at the limit price when the market touches the stop price. */
  STOP_LIMIT
}
