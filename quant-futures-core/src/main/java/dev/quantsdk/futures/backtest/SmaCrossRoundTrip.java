package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * One round trip of the {@code sma-cross} kernel: a position opened at one fill and closed to
 * flat or reversed at a later one. Immutable and thread-safe.
 *
 * @param entryBar the bar index of the opening fill
 * @param exitBar the bar index of the closing (or reversing) fill, {@code > entryBar}
 * @param quantity signed contracts held: positive long, negative short
 * @param entryPrice the opening fill price, points (slippage included)
 * @param exitPrice the closing fill price, points (slippage included)
 * @param fees the commission on this trip's contracts, USD: commission × |quantity| at entry and
 *     again at exit (a reversal fill's fee is split between the trip it closes and the one it opens)
 * @param netPnl {@code quantity × (exitPrice − entryPrice) × multiplier − fees}, USD
 */
public record SmaCrossRoundTrip(int entryBar, int exitBar, int quantity, double entryPrice,
    double exitPrice, double fees, double netPnl) {

  /**
   * Validates the round trip.
   *
   * @throws IllegalArgumentException if the exit does not follow the entry, the quantity is 0, or
   *     a number is not finite
   */
  public SmaCrossRoundTrip {
    ArgChecker.notNegative(entryBar, "entryBar");
    ArgChecker.isTrue(exitBar > entryBar, "exitBar %d must follow entryBar %d", exitBar, entryBar);
    ArgChecker.isTrue(quantity != 0, "a round trip needs a non-zero quantity");
    ArgChecker.finite(entryPrice, "entryPrice");
    ArgChecker.finite(exitPrice, "exitPrice");
    ArgChecker.isTrue(Double.isFinite(fees) && fees >= 0, "fees must be >= 0 but was %s", fees);
    ArgChecker.finite(netPnl, "netPnl");
  }

  /**
   * The points earned per contract before costs: {@code (exitPrice − entryPrice)} for a long,
   * {@code (entryPrice − exitPrice)} for a short.
   *
   * @return the points
   */
  public double points() {
    return quantity > 0 ? exitPrice - entryPrice : entryPrice - exitPrice;
  }
}
