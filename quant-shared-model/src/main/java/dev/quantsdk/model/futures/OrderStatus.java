package dev.quantsdk.model.futures;

/**
 * The life-cycle state of a paper order.
 */
public enum OrderStatus {
  /** Accepted, nothing filled. */
  NEW,
  /** Some but not all contracts filled. */
  PARTIALLY_FILLED,
  /** All contracts filled (final). */
  FILLED,
  /** Cancelled before it filled completely (final). */
  CANCELLED,
  /** Refused, for example for insufficient margin (final). */
  REJECTED;

  /**
   * Whether the order can still change.
   *
   * @return true for {@link #NEW} and {@link #PARTIALLY_FILLED}
   */
  public boolean isOpen() {
    return this == NEW || this == PARTIALLY_FILLED;
  }
}
