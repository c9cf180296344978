package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * A position opened from flat and closed back to flat (or reversed through flat). Rolls inside
 * it are part of it: the roll fills' cash flows and costs are included. A reversal fill is split:
 * the part that closes ends this trip, the rest opens the next, and its commission is split in
 * proportion. Money in the account currency. Immutable and thread-safe.
 *
 * @param instrument the instrument's index
 * @param direction BUY for a long trip, SELL for a short one
 * @param maxQuantity the largest absolute position held, contracts
 * @param entryStep the step of the opening fill
 * @param entryTime its time
 * @param exitStep the step of the closing fill
 * @param exitTime its time
 * @param grossPnl the sum of −signed quantity × price × multiplier over the trip's fills
 * @param fees the commissions of the trip's fills
 */
public record RoundTrip(int instrument, Side direction, int maxQuantity, int entryStep,
    long entryTime, int exitStep, long exitTime, double grossPnl, double fees) {

  /**
   * Validates the trip.
   *
   * @throws IllegalArgumentException if a number is out of range
   */
  public RoundTrip {
    ArgChecker.notNull(direction, "direction");
    ArgChecker.positive(maxQuantity, "maxQuantity");
    ArgChecker.isTrue(exitStep >= entryStep, "exit step %d before entry step %d", exitStep, entryStep);
    ArgChecker.finite(grossPnl, "grossPnl");
    ArgChecker.notNegative(fees, "fees");
  }

  /**
   * The P&amp;L after fees.
   *
   * @return gross P&amp;L − fees
   */
  public double netPnl() {
    return grossPnl - fees;
  }
}
