package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;

/**
 * One fill of the {@code sma-cross} kernel, in plain form: which bar decided it, on which bar it
 * filled, how many contracts at what price and for what fee. Immutable and thread-safe.
 *
 * @param decisionBar the index of the bar whose close decided the order
 * @param bar the index of the bar at whose open it filled ({@code decisionBar + 1})
 * @param time the fill bar's time value (see {@link dev.quantsdk.futures.bar.TimeBase})
 * @param quantity signed contracts: positive buys, negative sells; a reversal is one fill of
 *     twice the position size
 * @param price the fill price, points: the open plus (buys) or minus (sells) the slippage, on the
 *     tick grid
 * @param fee commission × |quantity|, USD
 */
public record SmaCrossFill(int decisionBar, int bar, long time, int quantity, double price, double fee) {

  /**
   * Validates the fill.
   *
   * @throws IllegalArgumentException if the bar does not follow its decision bar, the quantity
   *     is 0, or the price or fee is not finite
   */
  public SmaCrossFill {
    ArgChecker.notNegative(decisionBar, "decisionBar");
    ArgChecker.isTrue(bar == decisionBar + 1, "a fill on bar %d must be decided on bar %d but was %d",
        bar, bar - 1, decisionBar);
    ArgChecker.isTrue(quantity != 0, "a fill needs a non-zero quantity");
    ArgChecker.finite(price, "price");
    ArgChecker.isTrue(Double.isFinite(fee) && fee >= 0, "fee must be >= 0 but was %s", fee);
  }
}
