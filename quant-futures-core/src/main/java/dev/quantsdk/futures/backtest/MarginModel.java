package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * How margin is enforced, with the per-contract margins of each instrument's
 * {@link dev.quantsdk.futures.instrument.ContractSpec}. Immutable and thread-safe.
 *
 * <ul>
 *   <li>Initial margin, at submission: an order that increases the absolute position of its
 *       instrument is rejected when the initial margin of all positions after it (this
 *       instrument's new position plus every other instrument's current one) exceeds equity.
 *       Orders that reduce a position always pass. Working orders are not reserved.
 *   <li>Maintenance margin, at every step's close after marking: equity below the sum of
 *       maintenance margin × |position| is a margin call ({@link MarginCall}); under
 *       {@link Action#LIQUIDATE_NEXT_OPEN} every working order is cancelled and every position
 *       closed at its instrument's next open (a market-type fill with slippage and commission).
 *   <li>Equity at or below 0 stops trading, whatever the action: orders are cancelled, positions
 *       closed at the next open, and every later order rejected.
 * </ul>
 *
 * @param checkInitial whether initial margin is checked at submission
 * @param onMaintenanceBreach what a maintenance breach does
 */
public record MarginModel(boolean checkInitial, Action onMaintenanceBreach) {

  /** The standard model: initial margin checked, liquidation at the next open on a call. */
  public static final MarginModel STANDARD = new MarginModel(true, Action.LIQUIDATE_NEXT_OPEN);

  /** No initial check and calls only recorded (equity at or below 0 still stops trading). */
  public static final MarginModel RECORD_ONLY = new MarginModel(false, Action.RECORD_ONLY);

  /** What a maintenance-margin breach does. */
  public enum Action {
    /** Cancel working orders and close every position at the next open. */
    LIQUIDATE_NEXT_OPEN,
    /** Record the call and keep trading. */
    RECORD_ONLY
  }

  /**
   * Validates the model.
   *
   * @throws IllegalArgumentException if the action is null
   */
  public MarginModel {
    ArgChecker.notNull(onMaintenanceBreach, "onMaintenanceBreach");
  }
}
