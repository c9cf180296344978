package dev.quantsdk.benchmarks;

import dev.quantsdk.futures.backtest.PerformanceMetrics;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossColumns;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.backtest.SmaCrossRoundTrip;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.criteria.AverageReturnPerBarCriterion;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.helpers.StandardDeviationCriterion;
import org.ta4j.core.criteria.pnl.ReturnCriterion;

/**
 * The full metric set ({@link PerformanceMetrics#compute}: returns, Sharpe, Sortino, volatility,
 * CAGR, Calmar, drawdown USD/%/duration, trade statistics over ~14k round trips, exposure,
 * turnover, PSR and DSR) on the 1M-bar equity curve of SMA(10/50) long-only over
 * {@link BacktestBenchmark#minuteBars}; against ta4j 0.17's maximum-drawdown criterion and the
 * Sharpe ingredients 0.17 has (it has no Sharpe criterion: average return per bar and the standard
 * deviation of position returns) on the trading record of the same strategy over the same bars.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MetricsBenchmark -f 1 -wi 2 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class MetricsBenchmark {

  /** Number of bars in the equity curve. */
  @Param({"1000000"})
  public int bars;

  private double[] equity;
  private double[] positions;
  private double[] tripPnl;
  private double fees;
  private BarSeries series;
  private TradingRecord record;

  /** Runs both backtests once to get the equity curve, positions, trades and ta4j's record. */
  @Setup(Level.Trial)
  public void setUp() {
    SmaCrossColumns cols = BacktestBenchmark.minuteBars(bars, BacktestBenchmark.SEED);
    SmaCrossResult r = SmaCrossBacktest.run(cols, new SmaCrossParams(BacktestBenchmark.FAST,
        BacktestBenchmark.SLOW, SmaCrossParams.Mode.LONG_ONLY, 1, 50, 0.25, 2.5, 1, 100_000,
        BacktestBenchmark.MINUTE_BARS_PER_YEAR));
    equity = r.equity();
    positions = new double[bars];
    for (SmaCrossRoundTrip t : r.roundTrips()) {
      for (int i = t.entryBar(); i < t.exitBar(); i++) {
        positions[i] = t.quantity();
      }
    }
    tripPnl = r.roundTrips().stream().mapToDouble(SmaCrossRoundTrip::netPnl).toArray();
    fees = r.summary().fees();
    series = BacktestBenchmark.ta4jSeries(cols);
    record = BacktestBenchmark.ta4jRun(series);
    System.out.printf("%n%,d round trips (ours), %,d positions (ta4j)%n", tripPnl.length,
        record.getPositions().size());
  }

  /**
   * Ours: the full metric set.
   *
   * @return the metrics
   */
  @Benchmark
  public PerformanceMetrics.Result oursFullMetricSet() {
    return PerformanceMetrics.compute(equity, new PerformanceMetrics.Inputs(
        BacktestBenchmark.MINUTE_BARS_PER_YEAR, tripPnl, positions, fees, 100, 1e-6));
  }

  /**
   * ta4j: maximum drawdown.
   *
   * @return the criterion
   */
  @Benchmark
  public double ta4jMaxDrawdown() {
    return new MaximumDrawdownCriterion().calculate(series, record).doubleValue();
  }

  /**
   * ta4j: average return per bar over the standard deviation of position returns.
   *
   * @return the ratio
   */
  @Benchmark
  public double ta4jSharpeIngredients() {
    return new AverageReturnPerBarCriterion().calculate(series, record).doubleValue()
        / new StandardDeviationCriterion(new ReturnCriterion()).calculate(series, record).doubleValue();
  }
}
