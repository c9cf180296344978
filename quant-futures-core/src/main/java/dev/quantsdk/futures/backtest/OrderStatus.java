package dev.quantsdk.futures.backtest;

/**
 * The lifecycle of an order in the simulator and the paper broker:
 * {@code NEW -> WORKING -> (PARTIALLY_FILLED ->)* FILLED}, or {@code CANCELLED} from NEW, WORKING
 * or PARTIALLY_FILLED, or {@code REJECTED} straight from NEW. Immutable and thread-safe.
 */
public enum OrderStatus {
  /** Accepted for validation, not yet working (reported once, at submission). */
  NEW,
  /** Passed the checks, waiting in the book for a bar that fills it. */
  WORKING,
  /** Some contracts filled, the rest still working (only under a volume participation cap). */
  PARTIALLY_FILLED,
  /** Completely filled (terminal). */
  FILLED,
  /** Cancelled by the strategy, by its OCO sibling's fill, or by a liquidation (terminal). */
  CANCELLED,
  /** Refused at submission; the update carries the reason (terminal). */
  REJECTED;

  /**
   * Whether the order may still fill.
   *
   * @return true for NEW, WORKING and PARTIALLY_FILLED
   */
  public boolean isOpen() {
    return this == NEW || this == WORKING || this == PARTIALLY_FILLED;
  }
}
