package dev.quantsdk.model.futures;

/**
 * The type of a paper order.
 */
public enum OrderType {
  /** Fill at the next available price. */
  MARKET,
  /** Fill at the limit price or better; needs a limit price. */
  LIMIT,
  /** Becomes a market order once the stop price trades; needs a stop price. */
  STOP
}
