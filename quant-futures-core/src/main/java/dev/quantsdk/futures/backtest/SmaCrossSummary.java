package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;
import java.util.OptionalInt;

/**
 * The totals and metrics of one {@code sma-cross} backtest, without its fills and equity curve
 * (what a parameter sweep keeps per combination). Immutable and thread-safe.
 *
 * @param params the parameters that produced it
 * @param bars the number of bars
 * @param fills the number of fills
 * @param roundTrips the number of round trips (positions closed to flat or reversed)
 * @param fees total commission, USD
 * @param grossPnl {@code netPnl + fees}, USD (slippage is inside the fill prices, so it is part of
 *     the gross P&amp;L)
 * @param netPnl {@code finalEquity − capital}, USD
 * @param finalEquity equity marked to the last bar's price, USD
 * @param firstFillBar the bar index of the first fill, empty without fills
 * @param lastFillBar the bar index of the last fill, empty without fills
 * @param metrics the metric set of the equity curve and round trips
 */
public record SmaCrossSummary(SmaCrossParams params, int bars, int fills, int roundTrips, double fees,
    double grossPnl, double netPnl, double finalEquity, OptionalInt firstFillBar, OptionalInt lastFillBar,
    PerformanceMetrics.Result metrics) {

  /**
   * Validates the summary.
   *
   * @throws IllegalArgumentException if a count is negative or a reference is null
   */
  public SmaCrossSummary {
    ArgChecker.notNull(params, "params");
    ArgChecker.notNegative(bars, "bars");
    ArgChecker.notNegative(fills, "fills");
    ArgChecker.notNegative(roundTrips, "roundTrips");
    ArgChecker.notNull(firstFillBar, "firstFillBar");
    ArgChecker.notNull(lastFillBar, "lastFillBar");
    ArgChecker.notNull(metrics, "metrics");
  }
}
