package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.model.ArgChecker;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard shows of a backtest: the latest metrics, the equity curve and the drawdown
 * series, each downsampled to at most {@code maxPoints} points by
 * {@link EquityCurves#downsample}. Immutable and thread-safe.
 *
 * @param metrics the backtest's metrics (money in USD, ratios as fractions)
 * @param bars bars in the full equity curve
 * @param maxPoints the most points per chart series
 * @param equity the equity curve, USD
 * @param drawdown the drawdown series, fractions &lt;= 0
 */
public record AnalyticsSummary(PerformanceMetrics.Result metrics, int bars, int maxPoints,
    List<ChartPoint> equity, List<ChartPoint> drawdown) {

  /**
   * Validates the summary.
   *
   * @throws IllegalArgumentException if a chart series has more than maxPoints points
   */
  public AnalyticsSummary {
    ArgChecker.notNull(metrics, "metrics");
    ArgChecker.notNegative(bars, "bars");
    equity = List.copyOf(equity);
    drawdown = List.copyOf(drawdown);
    ArgChecker.isTrue(equity.size() <= maxPoints && drawdown.size() <= maxPoints,
        "chart series of %d and %d points exceed maxPoints %d", equity.size(), drawdown.size(),
        maxPoints);
  }

  /**
   * Summarises an equity curve.
   *
   * @param dates the bars' dates
   * @param equity equity per bar, USD, each &gt; 0
   * @param metrics the metrics of that curve
   * @param maxPoints the most points per chart series, &gt;= {@value EquityCurves#MIN_POINTS}
   * @return the summary
   * @throws IllegalArgumentException if lengths differ or equity is not positive
   */
  public static AnalyticsSummary of(List<LocalDate> dates, double[] equity,
      PerformanceMetrics.Result metrics, int maxPoints) {
    return new AnalyticsSummary(metrics, equity.length, maxPoints,
        EquityCurves.downsample(dates, equity, maxPoints),
        EquityCurves.downsample(dates, EquityCurves.drawdown(equity), maxPoints));
  }
}
