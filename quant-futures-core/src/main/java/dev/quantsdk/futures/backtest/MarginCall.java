package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * A margin call recorded at a step's close. Money in the account currency. Immutable and
 * thread-safe.
 *
 * @param step the step (bar) index of the close that breached
 * @param time that step's time in the series' time base
 * @param equity the account equity at that close
 * @param maintenanceRequirement the sum of maintenance margin × |position| at that close
 * @param reason why the call was made
 * @param liquidating true if positions are closed at the next open
 */
public record MarginCall(int step, long time, double equity, double maintenanceRequirement,
    Reason reason, boolean liquidating) {

  /** Why a call was made. */
  public enum Reason {
    /** Equity fell below the maintenance requirement. */
    MAINTENANCE_BREACH,
    /** Equity fell to or below 0: trading stops. */
    EQUITY_EXHAUSTED
  }

  /**
   * Validates the call.
   *
   * @throws IllegalArgumentException if a number is not finite or the reason is null
   */
  public MarginCall {
    ArgChecker.finite(equity, "equity");
    ArgChecker.finite(maintenanceRequirement, "maintenanceRequirement");
    ArgChecker.notNull(reason, "reason");
  }
}
