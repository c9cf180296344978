package dev.quantsdk.futures.backtest;

import dev.quantsdk.model.ArgChecker;
import java.util.List;

/**
 * The full result of one {@code sma-cross} backtest: its summary, every fill, every round trip
 * and the per-bar equity curve. Immutable and thread-safe ({@link #equity()} returns a copy).
 *
 * @param summary the totals and metrics
 * @param fills the fills in bar order
 * @param roundTrips the closed round trips in exit order (an open position at the end is none)
 * @param equity account equity at each bar's close, USD (copied on construction and on access)
 */
public record SmaCrossResult(SmaCrossSummary summary, List<SmaCrossFill> fills,
    List<SmaCrossRoundTrip> roundTrips, double[] equity) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the counts disagree with the summary
   */
  public SmaCrossResult {
    ArgChecker.notNull(summary, "summary");
    fills = List.copyOf(fills);
    roundTrips = List.copyOf(roundTrips);
    equity = equity.clone();
    ArgChecker.isTrue(fills.size() == summary.fills() && roundTrips.size() == summary.roundTrips()
            && equity.length == summary.bars(),
        "result has %d fills, %d round trips and %d bars but its summary says %d, %d and %d", fills.size(),
        roundTrips.size(), equity.length, summary.fills(), summary.roundTrips(), summary.bars());
  }

  /**
   * A copy of the equity curve.
   *
   * @return account equity per bar, USD
   */
  @Override
  public double[] equity() {
    return equity.clone();
  }

  /**
   * The metric set.
   *
   * @return {@code summary().metrics()}
   */
  public PerformanceMetrics.Result metrics() {
    return summary.metrics();
  }
}
